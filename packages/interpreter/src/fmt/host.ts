// What the formatting engine needs from the interpreter running the program.
import type { GoRuntime, GoType, Iface } from '@mapscope/runtime-core';
import type { Op } from '@mapscope/scheduler';
import type { GoFunc } from '../values.ts';

/** The methods fmt and the runtime look for on the values they print. */
export type FmtMethod = 'Error' | 'String' | 'GoString';

/** The interpreter's side of formatting: method lookup and calls, map iteration, addresses. */
export interface FmtHost {
  /** The runtime whose random state map iteration (fmtsort) advances. */
  readonly rt: GoRuntime;
  /**
   * The method `name` of a value of dynamic type `type`, when that type's method set has it
   * with Go's signature (`Error() string`, `String() string`, `GoString() string`), as a type
   * assertion to error / fmt.Stringer / fmt.GoStringer would find it; else null.
   */
  method(type: GoType, name: FmtMethod): GoFunc | null;
  /**
   * Calls the method on the receiver `recv` (a value of the type given to `method`) and returns
   * its one result, a byte string. A Go panic in it propagates as runtime-core's GoPanic.
   */
  call(fn: GoFunc, recv: unknown): Op<unknown>;
  /** The code address of a non-nil func value, for %p and %v of funcs (default 0x47b0e0). */
  readonly funcAddr?: (fn: GoFunc) => number;
  /**
   * The address of the boxed copy an interface holds (its data word) for a value that is not
   * pointer-shaped, as the runtime prints `(main.T) 0xc000012345` (default 0xc000012000).
   */
  readonly boxAddr?: (v: Iface) => number;
  /** How many methods a type's method set has (it sizes the type's descriptor; default 0). */
  readonly methodCount?: (t: GoType) => number;
}
