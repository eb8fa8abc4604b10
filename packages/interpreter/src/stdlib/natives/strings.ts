// Natives that take the place of Go bodies in package strings that reinterpret memory through
// unsafe (the model keeps a string and a []byte apart).
import { bytesToString, type Pointer, type Slice } from '../../values.ts';

/** The strings natives, keyed by "strings.Name" and "strings.Type.Method". */
export const stringsNatives: Record<string, (...args: unknown[]) => unknown> = {
  // Builder{addr *Builder; buf []byte}: String gives buf's bytes as a string (Go shares them).
  'strings.Builder.String': (b) => bytesToString(((b as Pointer).load() as unknown[])[1] as Slice),
  // noescape hides a pointer from escape analysis by a round trip through uintptr.
  'strings.noescape': (p) => p,
};
