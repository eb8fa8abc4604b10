// The standard library's packages, checked as imports need them: shared by every compile of a
// thread (the interpreter's) and by whoever else needs Go's std types (the analyzer, through
// the command line). A std package is checked once per library, as go1.19 checks it (the
// interpreter's own Go packages as go1.22), function bodies when first reached.
import type { GoParser } from '@mapscope/go-syntax';
import { Bail } from '@mapscope/go-types/check/base';
import { Checker, type CompileError } from '@mapscope/go-types/check/checker';
import { Package } from '@mapscope/go-types/check/package';
import type { Scope } from '@mapscope/go-types/check/scope';
import { makeUniverse } from '@mapscope/go-types/check/universe';
import type * as A from '@mapscope/go-types/syntax/ast';
import { convertFile } from '@mapscope/go-types/syntax/convert';
import { sourceFile, withPosition } from '@mapscope/go-types/syntax/source';
import { stdLibrary, type StdLibrary } from './library.ts';
import {
  overrideDeclarations,
  packageFiles,
  resolveImport,
  unsupportedPackage,
} from './sources.ts';
import { unsafePackage } from './unsafe.ts';

/** Errors that stop a compile: Go's compile errors, as the checker or parser gave them. */
export class CompileFailure extends Error {
  readonly errors: readonly CompileError[];
  constructor(errors: readonly CompileError[]) {
    super('compile errors');
    this.errors = errors;
  }
}

/** A Go source file to parse: its path as errors print it, and its text. */
export interface GoFileInput {
  readonly path: string;
  readonly source: string;
}

/** Parses Go files into syntax trees; their syntax errors instead, if any has one. */
export function parseGoFiles(
  parser: GoParser,
  inputs: readonly GoFileInput[],
): A.File[] | CompileError[] {
  const out: A.File[] = [];
  const errs: CompileError[] = [];
  for (const f of inputs) {
    const parsed = parser.parse(f.path, f.source);
    const sf = sourceFile(f.path, f.source);
    if (parsed.syntaxErrors.length > 0) {
      for (const e of parsed.syntaxErrors) {
        errs.push({ pos: { file: sf, offset: e.position.offset }, message: e.message });
      }
      continue;
    }
    out.push(convertFile(sf, parsed.tree));
  }
  return errs.length > 0 ? errs : out;
}

/** Whether parseGoFiles gave errors. */
export function parseFailed(r: A.File[] | CompileError[]): r is CompileError[] {
  return r.length > 0 && 'message' in (r[0] as object);
}

/**
 * Checks `pkg`, importing through `importer`; throws CompileFailure with `earlier` and the
 * checker's errors if there are any. `overlaid`: the package's Go files had declarations
 * replaced by the interpreter's own, which can leave an import unused (not an error there).
 */
export function checkPackage(
  pkg: Package,
  importer: (path: string, pos: A.Pos | null) => Package | null,
  o: {
    readonly goMinor: number;
    readonly earlier?: readonly CompileError[];
    readonly overlaid?: boolean;
  },
): void {
  const c = new Checker(pkg, { goMinor: o.goMinor });
  c.importer = importer;
  try {
    c.checkPackage();
  } catch (e) {
    if (!(e instanceof Bail)) {
      throw e;
    }
  }
  // cmd/compile reports every error types2 reports, soft ones (unused variables and
  // imports) included.
  const errors = [...(o.earlier ?? []), ...c.errors].filter(
    (e) => o.overlaid !== true || !e.message.startsWith('imported and not used'),
  );
  if (errors.length > 0) {
    throw new CompileFailure(errors);
  }
}

/** The std packages of one library, checked once each (see stdPackages). */
export class StdPackages {
  /** The universe the packages were checked in: code importing them must be checked in it. */
  readonly universe: Scope = makeUniverse();
  readonly library: StdLibrary;
  readonly #checked = new Map<string, Package>();
  /** Packages that failed to load, with why: an import of one fails again at once. */
  readonly #failed = new Map<string, Error>();
  /** The packages being checked now (an import of one of them is a cycle). */
  readonly #checking = new Set<string>();

  /** Whether function bodies are kept (a compiler's packages), or left out (a type reader's). */
  readonly #bodies: boolean;

  constructor(library: StdLibrary, o: { readonly bodies?: boolean } = {}) {
    this.library = library;
    this.#bodies = o.bodies ?? true;
  }

  /**
   * Std package `path`, checked (with what it imports), parsing what it must with `parser`.
   * Throws CompileFailure at `pos` for a package the model does not support or GOROOT does
   * not have, and with the errors of a package that does not check.
   */
  load(parser: GoParser, path: string, pos: A.Pos | null = null): Package {
    const have = this.#checked.get(path);
    if (have !== undefined) {
      return have;
    }
    const failed = this.#failed.get(path);
    if (failed !== undefined) {
      throw failed;
    }
    if (path === 'unsafe') {
      const pkg = unsafePackage(this.universe);
      this.#checked.set(path, pkg);
      return pkg;
    }
    const std = this.library;
    const found = unsupportedPackage(path) ? undefined : packageFiles(path, std);
    const at = pos ?? { file: sourceFile('?', ''), offset: 0 };
    if (found === undefined) {
      throw new CompileFailure([
        {
          pos: at,
          message: unsupportedPackage(path)
            ? `not supported yet: package ${path}`
            : `package ${path} is not in GOROOT ($GOROOT/src/${path})`,
        },
      ]);
    }
    if (this.#checking.has(path)) {
      throw new CompileFailure([{ pos: at, message: `import cycle not allowed: ${path}` }]);
    }
    this.#checking.add(path);
    let pkg: Package;
    try {
      const files = this.#parse(parser, path, found.files);
      const astFiles = found.own ? files : overrideDeclarations(files);
      const name = astFiles[0]?.packageName.name ?? path;
      pkg = new Package(path, name, astFiles, this.universe, true);
      checkPackage(pkg, (p, at) => this.load(parser, resolveImport(path, p, std), at), {
        // Go's std is checked as Go 1.19 checks it; the interpreter's own Go uses newer features.
        goMinor: found.own ? 22 : 19,
        overlaid: !found.own,
      });
    } catch (e) {
      // Its own errors (parse, check; a tree too deep to convert), the same for every import.
      if (e instanceof Error) {
        this.#failed.set(path, e);
      }
      throw e;
    } finally {
      this.#checking.delete(path);
    }
    this.#checked.set(path, pkg);
    return pkg;
  }

  /**
   * The library's packages for a tool that reads their types (the analyzer): a package it
   * cannot load (not in GOROOT, not supported, not checking) is null.
   */
  importer(parser: GoParser): {
    readonly universe: Scope;
    importPackage(path: string): Package | null;
  } {
    return {
      universe: this.universe,
      importPackage: (path) => {
        try {
          return this.load(parser, path);
        } catch (e) {
          if (e instanceof CompileFailure) {
            return null;
          }
          throw e;
        }
      },
    };
  }

  /**
   * A std package's files parsed (Go's and the interpreter's own), whole or, for reading
   * types, without function bodies: from the library's cache when it has them with these
   * sources, else made here and stored there (the latter on their own: a fraction of the trees
   * to read back).
   */
  #parse(parser: GoParser, path: string, sources: Readonly<Record<string, string>>): A.File[] {
    const whole = (): A.File[] =>
      this.#cached(path, sources, () => {
        const parsed = parseGoFiles(
          parser,
          Object.entries(sources).map(([name, source]) => ({
            path: `$GOROOT/src/${path}/${name}`,
            source,
          })),
        );
        if (parseFailed(parsed)) {
          throw new CompileFailure(parsed);
        }
        return parsed;
      });
    return this.#bodies
      ? whole()
      : this.#cached(`${path}#decls`, sources, () => whole().map(withoutBodies));
  }

  /** The files of `sources` stored under `key` in the parsed cache, else made and stored. */
  #cached(key: string, sources: Readonly<Record<string, string>>, make: () => A.File[]): A.File[] {
    const cached = cachedFiles(this.library, key, sources);
    if (cached !== null) {
      return cached;
    }
    const files = make();
    const names = Object.keys(sources);
    this.library.parsed?.store(key, Object.fromEntries(names.map((n, i) => [n, files[i]])));
    return files;
  }
}

const libraries = new WeakMap<StdLibrary, StdPackages>();
const typeLibraries = new WeakMap<StdLibrary, StdPackages>();

/**
 * The packages of std library `std` (default: the one set by setStdLibrary), checked once per
 * thread: they do not depend on who imports them. With `bodies: false`, packages for reading
 * types only (an analyzer's): their functions have no bodies, which makes them much cheaper to
 * load; a compiler cannot use them (a separate set, with its own universe).
 */
export function stdPackages(
  std: StdLibrary = stdLibrary(),
  o: { readonly bodies?: boolean } = {},
): StdPackages {
  const bodies = o.bodies ?? true;
  const cache = bodies ? libraries : typeLibraries;
  let p = cache.get(std);
  if (p === undefined) {
    p = new StdPackages(std, { bodies });
    cache.set(std, p);
  }
  return p;
}

/** A file whose functions have no bodies (declarations only). */
function withoutBodies(f: A.File): A.File {
  return { ...f, decls: f.decls.map((d) => ('body' in d ? { ...d, body: null } : d)) };
}

/**
 * The files of std package `path` from the library's parsed cache, each with its position
 * back; null when the cache does not have them all with these sources.
 */
function cachedFiles(
  lib: StdLibrary,
  path: string,
  sources: Readonly<Record<string, string>>,
): A.File[] | null {
  const v = lib.parsed?.load(path) as Readonly<Record<string, A.File>> | undefined;
  if (v === undefined || typeof v !== 'object') {
    return null;
  }
  const out: A.File[] = [];
  for (const [n, source] of Object.entries(sources)) {
    const f = v[n];
    if (f?.source.source !== source) {
      return null;
    }
    withPosition(f.source);
    out.push(f);
  }
  return out;
}
