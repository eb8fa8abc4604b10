// The entry points of fmt's printer. Go: fmt/print.go Sprintf, Sprint, Sprintln, and the text
// of fmt/errors.go Errorf.
import type { Iface } from '@mapscope/runtime-core';
import type { Op } from '@mapscope/scheduler';
import type { FmtHost } from './host.ts';
import { Printer } from './print.ts';

/** fmt.Sprintf(format, args...): args are the `...any` operands (null for a nil interface). */
export function* sprintf(
  host: FmtHost,
  format: string,
  args: readonly (Iface | null)[],
): Op<string> {
  const p = new Printer(host);
  yield* p.doPrintf(format, args);
  return p.buf;
}

/** fmt.Sprint(args...): spaces between operands when neither is a string. */
export function* sprint(host: FmtHost, args: readonly (Iface | null)[]): Op<string> {
  const p = new Printer(host);
  yield* p.doPrint(args);
  return p.buf;
}

/** fmt.Sprintln(args...): operands separated by spaces, then a newline. */
export function* sprintln(host: FmtHost, args: readonly (Iface | null)[]): Op<string> {
  const p = new Printer(host);
  yield* p.doPrintln(args);
  return p.buf;
}

/** What fmt.Errorf builds: the message, and the operand of its one valid %w (or null). */
export interface ErrorfResult {
  readonly text: string;
  /** The wrapped error (Go returns a *fmt.wrapError when non-null, else an *errors.errorString). */
  readonly wrapped: Iface | null;
}

/** fmt.Errorf's text and wrapped error. Go: fmt/errors.go Errorf. */
export function* errorf(
  host: FmtHost,
  format: string,
  args: readonly (Iface | null)[],
): Op<ErrorfResult> {
  const p = new Printer(host);
  p.wrapErrs = true;
  yield* p.doPrintf(format, args);
  return { text: p.buf, wrapped: p.wrappedErr };
}
