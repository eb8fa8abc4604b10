// The interpreter's native functions for the standard library subset in stdlib/: Go
// functions declared without a body there, keyed by "importpath.Name". Bound elsewhere by the
// interpreter (they need its types and method tables): errors.asTargetKind, errors.assignTo
// (src/stdlib/core-natives.ts).
import { contextNatives } from './context.ts';
import { errorsNatives } from './errors.ts';
import { mathNatives } from './math.ts';
import { sortNatives } from './sort.ts';
import { strconvNatives } from './strconv.ts';
import { unicodeNatives } from './unicode.ts';

/** Every native of the standard library subset, keyed by "importpath.Name". */
export const natives: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  ...contextNatives,
  ...errorsNatives,
  ...mathNatives,
  ...sortNatives,
  ...strconvNatives,
  ...unicodeNatives,
};

/** Natives the stdlib declares that the interpreter binds itself (not in `natives`). */
export const interpreterBoundNatives: readonly string[] = [
  'errors.asTargetKind',
  'errors.assignTo',
];
