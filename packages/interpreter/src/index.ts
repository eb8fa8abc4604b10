// @mapscope/interpreter: type-checks Go source and runs it on mapscope's runtime model.
export * from './fmt/index.ts';
export { goSources } from './stdlib/go-sources.generated.ts';
export { setStdLibrary, stdLibrary, type StdLibrary } from './std/library.ts';
export { unsupportedPackage } from './std/sources.ts';
export { CompileFailure, StdPackages, stdPackages } from './std/packages.ts';
export { natives } from './stdlib/natives/index.ts';
export {
  CompileCache,
  runProgram,
  type RunOptions,
  type RunResult,
  type SourceInput,
} from './run.ts';
export {
  AUTO_DPOR_MAX_STEPS,
  ExplorableProgram,
  exploreProgram,
  mergeReports,
  prepareProgram,
  replayProgram,
  type PrepareOptions,
  type SearchOptions,
} from './explore.ts';
export type * from './explore-types.ts';
export { Pointer, Slice, type GState, type GoFunc } from './values.ts';
