import { compareGoVersions } from '@mapscope/go-syntax';
import type { EffectiveGoVersion } from '@mapscope/go-syntax';

/**
 * Whether a file's `for` and `range` clauses declare a fresh variable per iteration: true
 * from go1.22 (go.dev/issue/60078; Go: cmd/compile/internal/loopvar). Before go1.22, and
 * when the version is unknown (vet's loopclosure errs the same way), one variable serves
 * the whole loop.
 */
export function perIteration(version: EffectiveGoVersion): boolean {
  return version.version !== undefined && compareGoVersions(version.version, 'go1.22') >= 0;
}
