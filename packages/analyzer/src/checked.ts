// A package's types as Go's type checker (@mapscope/go-types) finds them, for the rules: the
// type of an expression or a declared name by its syntax node. The checker sees through calls
// into other packages, generics and inference, which the package's own declarations
// (go-types.ts's typer) cannot; where it knows nothing (an import it could not load, code that
// does not compile), the typer's answer stands.
import { linuxAmd64, matchFile } from '@mapscope/go-syntax';
import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import {
  Bail,
  Checker,
  Package,
  checkBody,
  convertTopLevel,
  sourceFile,
  syntaxKey,
  type Scope,
  type SyntaxMap,
  type Type,
  type ast,
} from '@mapscope/go-types';
import { UNKNOWN, type GoType } from './go-types.ts';

/**
 * Where the analyzer gets what a package imports: checked packages, and the universe they
 * were checked in (the package's own code must be checked in the same one).
 */
export interface PackageImporter {
  readonly universe: Scope;
  /** The package at import path `path`, checked; null if it cannot be had. */
  importPackage(path: string): Package | null;
}

/** The types go-types found in one package's files. */
export class CheckedPackage {
  readonly pkg: Package;
  /** Each file's expressions by syntax node, by the file's text (GoNode.fileText). */
  readonly #nodes: Map<string, SyntaxMap>;
  readonly #converted = new Map<Type, GoType>();
  /**
   * The package's function declarations by file text and offset (their bodies wait until
   * read), found as #nodes finds expressions.
   */
  readonly #funcs = new Map<string, Map<number, ast.FuncDecl>>();

  private constructor(pkg: Package, nodes: Map<string, SyntaxMap>) {
    this.pkg = pkg;
    this.#nodes = nodes;
    for (const f of pkg.files) {
      for (const d of f.decls) {
        if ('body' in d) {
          const inFile = this.#funcs.get(d.pos.file.source) ?? new Map<number, ast.FuncDecl>();
          inFile.set(d.pos.offset, d);
          this.#funcs.set(d.pos.file.source, inFile);
        }
      }
    }
  }

  /**
   * Checks the body of function declaration `decl` (bodies are checked only for the
   * declarations the rules read); nothing for other declarations. A body the checker fails on
   * keeps the typer's types.
   */
  checkBodyOf(decl: GoNode): void {
    const d = this.#funcs.get(decl.fileText)?.get(decl.start);
    if (d === undefined) {
      return;
    }
    try {
      checkBody(d);
    } catch {
      // Code the checker does not take: its types stay unknown (errors are not the rules').
    }
  }

  /**
   * Checks the files of one package (Go minor version `goMinor`) as `path`; null when the
   * checker cannot be run on them. Files with syntax errors are left out; errors in the rest
   * (code that does not compile, imports that cannot be had) leave those types unknown. Only
   * the function bodies `withBody` names (by file and start offset) are read: the others'
   * types are not asked for.
   */
  static check(
    files: readonly ParsedFile[],
    path: string,
    importer: PackageImporter,
    goMinor: number,
    withBody: (file: ParsedFile, start: number) => boolean,
  ): CheckedPackage | null {
    const nodes = new Map<string, SyntaxMap>();
    const astFiles: ast.File[] = [];
    for (const f of inBuild(files, goMinor)) {
      if (f.syntaxErrors.length > 0) {
        continue;
      }
      try {
        const top = f.topLevel((start) => withBody(f, start));
        const fileNodes: SyntaxMap = new Map();
        astFiles.push(convertTopLevel(sourceFile(f.path, f.source), top, fileNodes));
        nodes.set(f.source, fileNodes);
      } catch {
        // Syntax the checker does not take yet: the file's types stay the typer's.
      }
    }
    const name = astFiles[0]?.packageName.name;
    if (name === undefined) {
      return null;
    }
    const pkg = new Package(path, name, astFiles, importer.universe, false);
    const c = new Checker(pkg, { goMinor, lazyBodies: true });
    c.importer = (p) => importer.importPackage(p);
    try {
      c.checkPackage();
    } catch (e) {
      if (!(e instanceof Bail)) {
        // A checker failure on code it was not meant for: no types, the typer's stand.
        return null;
      }
    }
    return new CheckedPackage(pkg, nodes);
  }

  /** The checker's type of expression `node` (a declared name: its object's), if it has one. */
  checkerType(node: GoNode): Type | undefined {
    const e = this.#nodes.get(node.fileText)?.get(syntaxKey(node));
    if (e === undefined) {
      return undefined;
    }
    const t = e.tv?.type ?? (e.kind === 'Ident' ? objectType(e.obj) : undefined);
    return t === undefined || isInvalid(t) ? undefined : t;
  }

  /** The type of `node` as the rules read types; undefined where the checker has none. */
  typeOf(node: GoNode): GoType | undefined {
    const t = this.checkerType(node);
    return t === undefined ? undefined : this.convert(t);
  }

  /** A checker type as the rules read types (GoType). */
  convert(t: Type): GoType {
    let g = this.#converted.get(t);
    if (g === undefined) {
      this.#converted.set(t, UNKNOWN); // a cycle through struct fields stays unknown
      g = this.#convert(t);
      this.#converted.set(t, g);
    }
    return g;
  }

  #convert(t: Type): GoType {
    switch (t.kind) {
      case 'Basic':
        if (t.name === 'invalid type' || t.name === 'untyped nil') {
          return UNKNOWN;
        }
        return { kind: 'basic', name: untypedDefault[t.name] ?? t.name };
      case 'Pointer':
        return { kind: 'pointer', elem: this.convert(t.elem) };
      case 'Slice':
        return { kind: 'slice', elem: this.convert(t.elem) };
      case 'Array':
        return { kind: 'array', elem: this.convert(t.elem) };
      case 'Map':
        return { kind: 'map', key: this.convert(t.key), elem: this.convert(t.elem) };
      case 'Chan':
        return { kind: 'chan', elem: this.convert(t.elem) };
      case 'Struct': {
        const fields = new Map<string, GoType>();
        const embedded: GoType[] = [];
        for (const f of t.fields) {
          const ft = this.convert(f.type);
          fields.set(f.name, ft);
          if (f.embedded) {
            embedded.push(ft);
          }
        }
        return { kind: 'struct', fields, embedded };
      }
      case 'Named': {
        const obj = t.obj;
        if (obj.pkg === null) {
          return obj.name === 'error' ? { kind: 'basic', name: 'error' } : UNKNOWN;
        }
        const under = t.underlying;
        const structure = (): GoType => (under === null ? UNKNOWN : this.convert(under));
        if (obj.pkg !== this.pkg) {
          return { kind: 'qualified', pkg: obj.pkg.name, name: obj.name, underlying: structure };
        }
        return { kind: 'named', name: obj.name, underlying: structure };
      }
      case 'Signature':
        return { kind: 'func', results: t.results.vars.map((v) => this.convert(v.type)) };
      case 'Interface':
        return { kind: 'interface' };
      case 'Tuple': {
        // A call's results: the rules read the first, as the typer gives it.
        const first = t.vars[0];
        return first === undefined ? UNKNOWN : this.convert(first.type);
      }
      case 'TypeParam':
        return UNKNOWN;
    }
  }
}

/**
 * The files one build of the package compiles, as the checker must see them: those linux/amd64
 * with cgo off takes (file name suffixes, build constraints, no `import "C"`), as go vet checks
 * one configuration. A directory's other variants (`defs_linux_arm64.go` beside
 * `defs_linux_amd64.go`) would declare everything twice; their types stay the typer's. A
 * package with no file for that build is checked whole.
 */
export function inBuild(files: readonly ParsedFile[], goMinor: number): readonly ParsedFile[] {
  const ctx = linuxAmd64(goMinor);
  const built = files.filter(
    (f) => matchFile(ctx, f.path, f.source) && !/^import\s+"C"\s*$/m.test(f.source),
  );
  return built.length > 0 && built.length < files.length ? built : files;
}

/** The type an untyped constant gets by default, by name (Go spec: constants). */
const untypedDefault: Readonly<Record<string, string>> = {
  'untyped bool': 'bool',
  'untyped int': 'int',
  'untyped rune': 'rune',
  'untyped float': 'float64',
  'untyped complex': 'complex128',
  'untyped string': 'string',
};

function objectType(obj: ast.Ident['obj']): Type | undefined {
  if (obj === undefined || !('type' in obj)) {
    return undefined;
  }
  const t: unknown = obj.type;
  return t === null ? undefined : (t as Type);
}

function isInvalid(t: Type): boolean {
  return t.kind === 'Basic' && t.name === 'invalid type';
}
