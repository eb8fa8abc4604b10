// The interpreter's native functions for Go's standard library: Go functions declared without a
// body (assembly) and Go bodies the model cannot run (memory reinterpreted through unsafe),
// keyed by "importpath.Name" or "importpath.Type.Method". Natives that need the running
// program are bound in src/stdlib/core-natives.ts.
import { bytealgNatives } from './bytealg.ts';
import { cryptoNatives } from './crypto.ts';
import { mathNatives } from './math.ts';
import { stringsNatives } from './strings.ts';
import { unicodeNatives } from './unicode.ts';

/** Every plain native of the standard library, keyed by "importpath.Name". */
export const natives: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  ...bytealgNatives,
  ...cryptoNatives,
  ...mathNatives,
  ...stringsNatives,
  ...unicodeNatives,
};
