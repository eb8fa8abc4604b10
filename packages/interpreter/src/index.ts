// @mapscope/interpreter: type-checks Go source and runs it on mapscope's runtime model.
// So far: the formatting engine (fmt, strconv, the runtime's print and panic text), the
// standard-library subset as Go source with its natives, and the value representation.
export * from './fmt/index.ts';
export { goSources } from './stdlib/go-sources.generated.ts';
export { natives, interpreterBoundNatives } from './stdlib/natives/index.ts';
export { Pointer, Slice, type GState, type GoFunc } from './values.ts';
