import type { HashKey } from './memhash.ts';

/**
 * What Go's hash functions read besides the value and seed: the process hash key and, for NaN
 * keys, the runtime's random generator (Go: runtime/alg.go f64hash calls fastrand).
 */
export interface HashEnv extends HashKey {
  /** Go's fastrand(): a uint32. */
  fastrand(): number;
}
