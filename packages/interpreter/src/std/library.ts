// Where the interpreter reads Go's standard library from. Go's std is not part of this
// repository: a build step (scripts/bundle-std.mjs) bundles it from a Go source tree, and
// whoever hosts the interpreter hands it over as a StdLibrary (in Node, `nodeStdLibrary()` of
// `@mapscope/interpreter/node`, which reads the bundle in dist/std; in a browser, the bundle's
// packages fetched before compiling).

/** Go's standard library, one package at a time. */
export interface StdLibrary {
  /** The Go release the sources are from (`go1.19.8`). */
  readonly goVersion: string;
  /** The Go source tree it was read from (runtime.GOROOT's answer), when there is one. */
  readonly goroot?: string;
  /** A package's files (name → source) as the bundle's target builds them; undefined if none. */
  files(path: string): Readonly<Record<string, string>> | undefined;
  /** Where parsed packages are kept between processes, if anywhere. */
  readonly parsed?: ParsedCache;
}

/**
 * Parsed std packages kept between processes (Node keeps them on disk), keyed by import path:
 * what `store` was given, read back by `load` (undefined when there is none). The value is
 * plain data with shared references (v8's serialization keeps them).
 */
export interface ParsedCache {
  load(path: string): unknown;
  store(path: string, value: unknown): void;
}

let installed: StdLibrary | null = null;

/** Makes `lib` the standard library of every compile that is not given one. */
export function setStdLibrary(lib: StdLibrary): void {
  installed = lib;
}

/** The standard library set by {@link setStdLibrary}. */
export function stdLibrary(): StdLibrary {
  if (installed === null) {
    throw new Error(
      "mapscope: no Go standard library is loaded: call setStdLibrary (in Node, with @mapscope/interpreter/node's nodeStdLibrary())",
    );
  }
  return installed;
}
