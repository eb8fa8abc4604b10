// The result of checking an expression. Go: go/types operand.go.
import type { ConstValue } from './constant.ts';
import type { Type } from './types.ts';

/** How an expression may be used. */
export type Mode =
  | 'invalid'
  | 'novalue' // a call without results
  | 'builtin' // a builtin function name
  | 'typexpr' // a type
  | 'constant'
  | 'variable' // addressable
  | 'mapindex' // m[k]: assignable, not addressable
  | 'value'
  | 'commaok'; // a value that may be used in a comma-ok assignment (m[k], x.(T), <-c)

export interface TypeAndValue {
  mode: Mode;
  type: Type;
  /** The value of a constant. */
  value?: ConstValue;
}
