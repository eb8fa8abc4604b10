// The packages a vetted module imports, found as the go command finds them and checked for
// their types: the module's own packages, its vendor/ directory, and the module cache (with
// go.mod's replace directives); Go's standard library comes from the std importer.
// Go: cmd/go/internal/modload (import.go importFromModules and dirInModule, init.go
// setDefaultBuildMod, fetch's replacements), golang.org/x/mod/module (EscapePath), go/build
// (which files a directory's package is made of), all as of Go 1.19.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { CheckedPackage, type PackageImporter } from '@mapscope/analyzer';
import {
  dirname,
  goMinor,
  goModGoVersion,
  isGoSourceName,
  joinPath,
  linuxAmd64,
  matchFile,
  normalizePath,
  parseGoVersion,
  relativePath,
  resolvePath,
  type BuildContext,
  type DirEntry,
  type GoNode,
  type GoParser,
  type ParsedFile,
} from '@mapscope/go-syntax';

/** A checked package, as importers hand them out. */
type Package = NonNullable<ReturnType<PackageImporter['importPackage']>>;

/**
 * Synchronous file access for the importer (the type checker asks for imports synchronously).
 * Each answers undefined where there is nothing to read (or it cannot be read); none throws.
 */
export interface SyncFiles {
  readFile(path: string): string | undefined;
  readDir(path: string): readonly DirEntry[] | undefined;
  stat(path: string): 'file' | 'dir' | undefined;
}

/** Node's file system, read synchronously; errors (missing, unreadable) read as nothing. */
export const nodeSyncFiles: SyncFiles = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  readDir(path) {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return undefined;
    }
    const out: DirEntry[] = [];
    for (const e of entries) {
      // A symbolic link counts as what it points to, as the go command reads directories.
      const kind = e.isSymbolicLink()
        ? nodeSyncFiles.stat(joinPath(path, e.name))
        : e.isDirectory()
          ? 'dir'
          : e.isFile()
            ? 'file'
            : undefined;
      if (kind !== undefined) {
        out.push({ name: e.name, kind });
      }
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  },
  stat(path) {
    try {
      const s = statSync(path);
      return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
};

/** A `replace` directive: `old [version] => new [version]`. */
export interface GoModReplace {
  readonly oldPath: string;
  /** Only this version of oldPath is replaced; undefined: every version. */
  readonly oldVersion: string | undefined;
  /** A module path, or a directory (starting with `./`, `../` or `/`). */
  readonly newPath: string;
  /** The replacement's version; undefined when newPath is a directory. */
  readonly newVersion: string | undefined;
}

/** What the importer reads from a go.mod file. */
export interface GoModFile {
  /** The `module` line's path; undefined when there is none. */
  readonly module: string | undefined;
  /** The `go` line's version (`1.19`); undefined when there is none. */
  readonly go: string | undefined;
  /** The `require`d modules: path → version. */
  readonly require: ReadonlyMap<string, string>;
  readonly replace: readonly GoModReplace[];
}

/**
 * Reads the directives the importer needs from go.mod text (golang.org/x/mod/modfile's
 * syntax: one directive a line, or a `verb (` … `)` block; `//` comments; quoted tokens).
 * Lines it cannot read are skipped: a go.mod with errors gives what it can.
 */
export function parseGoMod(text: string): GoModFile {
  let module: string | undefined;
  let go: string | undefined;
  const require = new Map<string, string>();
  const replace: GoModReplace[] = [];
  let block: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const tokens = goModTokens(line);
    if (tokens === undefined || tokens.length === 0) {
      continue;
    }
    let verb: string;
    let args: string[];
    if (block !== undefined) {
      if (tokens[0] === ')') {
        block = undefined;
        continue;
      }
      verb = block;
      args = tokens;
    } else {
      verb = tokens[0] ?? '';
      args = tokens.slice(1);
      if (args.length === 1 && args[0] === '(') {
        block = verb;
        continue;
      }
    }
    switch (verb) {
      case 'module':
        if (args.length === 1) {
          module = args[0];
        }
        break;
      case 'go':
        if (args.length === 1 && args[0] !== undefined && parseGoVersion(args[0]) !== undefined) {
          go = args[0];
        }
        break;
      case 'require': {
        const [path, version] = args;
        if (args.length === 2 && path !== undefined && version !== undefined) {
          require.set(path, version);
        }
        break;
      }
      case 'replace': {
        const r = replaceDirective(args);
        if (r !== undefined) {
          replace.push(r);
        }
        break;
      }
    }
  }
  return { module, go, require, replace };
}

/** `old [v] => new [v]`, as tokens after the verb. */
function replaceDirective(args: readonly string[]): GoModReplace | undefined {
  const arrow = args.indexOf('=>');
  if (arrow !== 1 && arrow !== 2) {
    return undefined;
  }
  const rest = args.slice(arrow + 1);
  const oldPath = args[0];
  const newPath = rest[0];
  if (oldPath === undefined || newPath === undefined || rest.length > 2) {
    return undefined;
  }
  const newVersion = rest[1];
  if (newVersion === undefined && !isLocalPath(newPath)) {
    return undefined; // a module path needs a version
  }
  return {
    oldPath,
    oldVersion: arrow === 2 ? args[1] : undefined,
    newPath,
    newVersion: isLocalPath(newPath) ? undefined : newVersion,
  };
}

/** Whether a replacement names a directory rather than a module (modfile.IsDirectoryPath). */
function isLocalPath(p: string): boolean {
  return p.startsWith('./') || p.startsWith('../') || p.startsWith('/') || p === '.' || p === '..';
}

/**
 * One go.mod line's tokens, comments left out: bare words, "interpreted" and `raw` strings
 * (unquoted), and the `(`, `)`, `=>` tokens. Undefined for a line with an unterminated string.
 */
function goModTokens(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (c === ' ' || c === '\t') {
      i++;
    } else if (line.startsWith('//', i)) {
      break;
    } else if (c === '(' || c === ')') {
      out.push(c);
      i++;
    } else if (line.startsWith('=>', i)) {
      out.push('=>');
      i += 2;
    } else if (c === '"') {
      const m = /^"((?:[^"\\]|\\.)*)"/.exec(line.slice(i));
      if (m === null) {
        return undefined;
      }
      try {
        out.push(JSON.parse(m[0]) as string);
      } catch {
        out.push(m[1] ?? '');
      }
      i += m[0].length;
    } else if (c === '`') {
      const end = line.indexOf('`', i + 1);
      if (end < 0) {
        return undefined;
      }
      out.push(line.slice(i + 1, end));
      i = end + 1;
    } else {
      const m = /^[^\s()"`]+?(?=$|[\s()"`]|=>|\/\/)/.exec(line.slice(i));
      const word = m?.[0] ?? line.slice(i);
      out.push(word);
      i += word.length;
    }
  }
  return out;
}

/**
 * A module path or version as the module cache spells it: each upper-case letter becomes `!`
 * and its lower case (module.EscapePath, for case-insensitive file systems).
 */
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/**
 * The module cache's directory as the go command finds it: $GOMODCACHE, else the first entry
 * of $GOPATH's /pkg/mod, else $HOME/go/pkg/mod; undefined when none can be told.
 */
export function moduleCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  home: string | undefined,
): string | undefined {
  const cache = env['GOMODCACHE'];
  if (cache !== undefined && cache !== '') {
    return cache;
  }
  const gopath = env['GOPATH']?.split(':').find((p) => p !== '');
  if (gopath !== undefined) {
    return joinPath(gopath, 'pkg', 'mod');
  }
  return home === undefined || home === '' ? undefined : joinPath(home, 'go', 'pkg', 'mod');
}

/** What moduleImporter needs: the std importer, the module, and how to read files. */
export interface ModuleImporterOptions {
  /** Go's standard library, checked; its universe is the one every package is checked in. */
  readonly std: PackageImporter;
  /** The module's root directory (go.mod's), absolute. */
  readonly root: string;
  /** The text of the module's go.mod. */
  readonly goMod: string;
  readonly files: SyncFiles;
  readonly parser: GoParser;
  /** The module cache's directory (see moduleCacheDir); undefined: no module cache. */
  readonly moduleCache?: string | undefined;
}

/** A PackageImporter for one module, which also tells its packages' import paths. */
export interface ModuleImporter extends PackageImporter {
  /** go.mod's module path; undefined when go.mod has none. */
  readonly modulePath: string | undefined;
  /** The import path of the module's package in directory `dir`; undefined: not in it. */
  importPathOf(dir: string): string | undefined;
}

/** Where a non-std import path's package is, and the import path it is checked as. */
interface Located {
  readonly dir: string;
  readonly path: string;
}

/**
 * The packages module `root` imports, as the go command resolves them (Go 1.19, linux/amd64,
 * cgo off): standard-library paths from `std`; then, in vendor mode (a `vendor` directory and
 * go.mod's go version 1.14 or later, as setDefaultBuildMod decides; vendor/modules.txt is not
 * read), the module's own packages or `vendor/<path>`; else the
 * module's own packages, then the `require`d modules (after `replace`) in the module cache or
 * a replacement directory. GOROOT's own modules (`std`, `cmd`) resolve as the go command does
 * there: std's vendored packages are `vendor/<path>`, from `std` where it has them.
 *
 * Each package is checked once, the first time it is imported, in `std`'s universe, and only
 * as far as the types of its declarations go: function bodies, the insides of `var`
 * initializers' literals and comments are left out before parsing (declarationsOnly), and of
 * its imports only those the remaining text uses are loaded (those of bodies would pull in
 * most of the module graph). A package that cannot be found, has no files for the build, or is
 * part of an import cycle is null; one the checker partly fails on keeps what it checked.
 * Nothing here throws for an odd module (no module line, bad go.mod, missing directories).
 */
export function moduleImporter(o: ModuleImporterOptions): ModuleImporter {
  return new ModuleImports(o);
}

class ModuleImports implements ModuleImporter {
  readonly universe: PackageImporter['universe'];
  readonly modulePath: string | undefined;
  readonly #std: PackageImporter;
  readonly #root: string;
  readonly #mod: GoModFile;
  readonly #files: SyncFiles;
  readonly #parser: GoParser;
  readonly #cache: string | undefined;
  /** GOROOT/src's module: its packages' import paths have no module prefix. */
  readonly #isStd: boolean;
  /** -mod=vendor, as the go command sets it by default. */
  readonly #vendor: boolean;
  /** The Go minor version packages are built and checked with (go.mod's go line, else 16). */
  readonly #minor: number;
  readonly #build: BuildContext;
  /** Checked packages (null: could not be had), by the path they were imported as. */
  readonly #done = new Map<string, Package | null>();
  /** The paths being checked now: an import of one of them is a cycle. */
  readonly #checking = new Set<string>();
  readonly #goModAt = new Map<string, boolean>();
  /** Package names by import path (see #nameOf). */
  readonly #names = new Map<string, string | undefined>();

  constructor(o: ModuleImporterOptions) {
    this.universe = o.std.universe;
    this.#std = o.std;
    this.#root = normalizePath(o.root);
    this.#mod = parseGoMod(o.goMod);
    this.modulePath = this.#mod.module;
    this.#files = o.files;
    this.#parser = o.parser;
    this.#cache = o.moduleCache;
    this.#isStd = this.modulePath === 'std';
    // As the analyzer checks the module's own packages: go.mod's go line, go1.16 without one.
    this.#minor = goMinor(goModGoVersion(o.goMod));
    this.#build = linuxAmd64(this.#minor);
    this.#vendor =
      this.#mod.go !== undefined &&
      this.#minor >= 14 &&
      o.files.stat(joinPath(this.#root, 'vendor')) === 'dir';
  }

  importPathOf(dir: string): string | undefined {
    const rel = relativePath(this.#root, normalizePath(dir));
    if (rel === '..' || rel.startsWith('../') || this.modulePath === undefined) {
      return undefined;
    }
    if (rel === '.' || rel === '') {
      return this.#isStd ? undefined : this.modulePath;
    }
    if (this.#vendor && !this.#isStd && rel.startsWith('vendor/')) {
      return rel.slice('vendor/'.length); // a vendored package goes by its own path
    }
    return this.#isStd ? rel : `${this.modulePath}/${rel}`;
  }

  importPackage(path: string): Package | null {
    const done = this.#done.get(path);
    if (done !== undefined) {
      return done;
    }
    if (this.#checking.has(path)) {
      return null; // an import cycle: Go rejects it, the types stay unknown
    }
    let pkg: Package | null;
    this.#checking.add(path);
    try {
      pkg = this.#load(path);
    } catch {
      pkg = null; // the file system or the checker failed on it: unknown types, as before
    } finally {
      this.#checking.delete(path);
    }
    this.#done.set(path, pkg);
    return pkg;
  }

  #load(path: string): Package | null {
    if (isStandardImportPath(path)) {
      // A path of that form std does not have (or cannot check) may yet be a module's.
      const std = this.#std.importPackage(path);
      if (std !== null || this.#isStd) {
        return std;
      }
    }
    if (this.#isStd) {
      // GOROOT/src vendors golang.org/x/… as vendor/golang.org/x/… (load.vendoredImportPath).
      const vendored = `vendor/${path}`;
      const fromStd = this.#std.importPackage(vendored);
      if (fromStd !== null) {
        return fromStd;
      }
      const dir = joinPath(this.#root, vendored);
      return this.#hasGoFiles(dir) ? this.#check({ dir, path: vendored }) : null;
    }
    const at = this.#locate(path);
    return at === undefined ? null : this.#check(at);
  }

  /** Whether `path` is the main module's path or below it. */
  #inMainModule(path: string): boolean {
    const m = this.modulePath;
    return m !== undefined && (path === m || path.startsWith(`${m}/`));
  }

  /** The directory of non-std import `path` (modload.importFromModules); undefined: none. */
  #locate(path: string): Located | undefined {
    const main = this.#mainDir(path);
    if (this.#vendor) {
      // Everything is in the main module or its vendor directory.
      const vendorDir = joinPath(this.#root, 'vendor', path);
      const vendorOK = this.#hasGoFiles(vendorDir);
      if (main !== undefined && this.#hasGoFiles(main)) {
        return vendorOK ? undefined : { dir: main, path }; // both: an ambiguous import
      }
      return vendorOK ? { dir: vendorDir, path } : undefined;
    }
    if (main !== undefined && this.#hasGoFiles(main)) {
      return { dir: main, path };
    }
    // The required modules whose path is a prefix of the import's, longest first.
    const candidates = [...this.#mod.require.keys()]
      .filter((m) => path === m || path.startsWith(`${m}/`))
      .sort((a, b) => b.length - a.length);
    for (const m of candidates) {
      const dir = this.#requiredDir(m, path);
      if (dir !== undefined && this.#hasGoFiles(dir)) {
        return { dir, path };
      }
    }
    return undefined;
  }

  /** Where `path` is in the main module (undefined: not in it, or in a nested module). */
  #mainDir(path: string): string | undefined {
    const m = this.modulePath;
    if (m === undefined || this.#isStd || !this.#inMainModule(path)) {
      return undefined;
    }
    return this.#localDir(this.#root, path === m ? '' : path.slice(m.length + 1));
  }

  /**
   * `rest` below local module root `root`, unless a go.mod between them makes it another
   * module's (dirInModule with isLocal).
   */
  #localDir(root: string, rest: string): string | undefined {
    const dir = rest === '' ? root : joinPath(root, rest);
    for (let d = dir; d !== root && d.length > root.length; d = dirname(d)) {
      if (this.#hasGoMod(d)) {
        return undefined;
      }
    }
    return dir;
  }

  /** The directory of import `path` in required module `m`, after go.mod's replacements. */
  #requiredDir(m: string, path: string): string | undefined {
    const version = this.#mod.require.get(m);
    if (version === undefined) {
      return undefined;
    }
    const rest = path === m ? '' : path.slice(m.length + 1);
    // A replacement of this very version wins over one of every version (modload.Replacement).
    const r =
      this.#mod.replace.find((x) => x.oldPath === m && x.oldVersion === version) ??
      this.#mod.replace.find((x) => x.oldPath === m && x.oldVersion === undefined);
    if (r !== undefined && r.newVersion === undefined) {
      return this.#localDir(resolvePath(this.#root, r.newPath), rest);
    }
    if (this.#cache === undefined) {
      return undefined;
    }
    const [modPath, modVersion] = r === undefined ? [m, version] : [r.newPath, r.newVersion ?? ''];
    const modDir = joinPath(
      this.#cache,
      `${escapeModulePath(modPath)}@${escapeModulePath(modVersion)}`,
    );
    return rest === '' ? modDir : joinPath(modDir, rest);
  }

  #hasGoMod(dir: string): boolean {
    let has = this.#goModAt.get(dir);
    if (has === undefined) {
      has = this.#files.stat(joinPath(dir, 'go.mod')) === 'file';
      this.#goModAt.set(dir, has);
    }
    return has;
  }

  /** Whether `dir` has a .go file, build constraints aside (fsys.IsDirWithGoFiles). */
  #hasGoFiles(dir: string): boolean {
    return (
      this.#files.readDir(dir)?.some((e) => e.kind === 'file' && e.name.endsWith('.go')) === true
    );
  }

  /** The package in `at.dir`, its declarations checked; null when it has no files to check. */
  #check(at: Located): Package | null {
    const files = this.#packageFiles(at.dir);
    if (files.length === 0) {
      return null;
    }
    // Only the imports the declarations use are loaded: those their emptied bodies used
    // would bring in much of the module graph for nothing.
    const used = this.#importsUsed(files);
    const imports: PackageImporter = {
      universe: this.universe,
      importPackage: (p) => (used.has(p) ? this.importPackage(p) : null),
    };
    const checked = CheckedPackage.check(files, at.path, imports, this.#minor, () => false);
    return checked?.pkg ?? null;
  }

  /**
   * The import paths of `files` their text (declarations only) refers to: by the name an import
   * gives (`name "path"`, else the imported package's clause), used as `name.X`.
   */
  #importsUsed(files: readonly ParsedFile[]): Set<string> {
    const qualifiers = new Set<string>();
    for (const f of files) {
      const lex = new Lexer(f.source);
      let a: Token | undefined;
      let b: Token | undefined;
      for (let t = lex.next(); t !== undefined; t = lex.next()) {
        if (b?.text === '.' && a !== undefined && isWordChar(a.text.charCodeAt(0))) {
          qualifiers.add(a.text);
        }
        a = b;
        b = t;
      }
    }
    const used = new Set<string>();
    for (const f of files) {
      for (const d of f.topLevelNodes) {
        if (d.type !== 'import_declaration') {
          continue;
        }
        d.walk((n) => {
          if (n.type !== 'import_spec') {
            return true;
          }
          const path = n.child('path')?.text.slice(1, -1);
          const name = n.child('name')?.text;
          if (path !== undefined && name !== '_') {
            const local = name ?? this.#nameOf(path);
            if (name === '.' || (local !== undefined && qualifiers.has(local))) {
              used.add(path);
            }
          }
          return false;
        });
      }
    }
    return used;
  }

  /** The package clause's name of import `path`, from a file of its; undefined: not found. */
  #nameOf(path: string): string | undefined {
    if (this.#names.has(path)) {
      return this.#names.get(path);
    }
    let name: string | undefined;
    if (isStandardImportPath(path) && !this.#inMainModule(path)) {
      name = path.slice(path.lastIndexOf('/') + 1); // std's names are their last element
    } else {
      const dir = this.#isStd ? joinPath(this.#root, 'vendor', path) : this.#locate(path)?.dir;
      for (const e of dir === undefined ? [] : (this.#files.readDir(dir) ?? [])) {
        if (e.kind !== 'file' || !isGoSourceName(e.name) || e.name.endsWith('_test.go')) {
          continue;
        }
        const source = this.#files.readFile(joinPath(dir ?? '', e.name));
        const lex = new Lexer(source ?? '');
        const clause = lex.next()?.text === 'package' ? lex.next()?.text : undefined;
        if (clause !== undefined && clause !== 'documentation' && clause !== 'main') {
          name = clause;
          break;
        }
      }
    }
    this.#names.set(path, name);
    return name;
  }

  /**
   * The files of the package in `dir` that a linux/amd64 build with cgo off compiles (go/build
   * Context.Import): Go files, tests left out, their names' _GOOS/_GOARCH and their build
   * constraints fitting (`ignore` never does), no `import "C"`, and the package clause most of
   * them share (a `documentation` package is left out, as go/build does).
   */
  #packageFiles(dir: string): ParsedFile[] {
    const parsed: ParsedFile[] = [];
    for (const e of this.#files.readDir(dir) ?? []) {
      if (e.kind !== 'file' || !isGoSourceName(e.name) || e.name.endsWith('_test.go')) {
        continue;
      }
      const path = joinPath(dir, e.name);
      const source = this.#files.readFile(path);
      if (source === undefined || !matchFile(this.#build, e.name, source)) {
        continue;
      }
      // Only declarations are checked: function bodies and the insides of initializers' literals
      // are emptied before parsing, which is most of the cost of reading a file (a syntax tree
      // the size of the file, copied out) and of checking it.
      const f = this.#parser.parse(path, declarationsOnly(source));
      if (!importsC(f) && f.packageName !== 'documentation') {
        parsed.push(f);
      }
    }
    const counts = new Map<string, number>();
    for (const f of parsed) {
      const n = f.packageName ?? '';
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let name: string | undefined;
    for (const [n, c] of counts) {
      if (name === undefined || c > (counts.get(name) ?? 0)) {
        name = n;
      }
    }
    return parsed.filter((f) => (f.packageName ?? '') === name);
  }
}

/** Whether a file imports "C" (cgo, which this build has off). */
function importsC(f: ParsedFile): boolean {
  return f.topLevelNodes.some((n) => n.type === 'import_declaration' && importsCIn(n));
}

function importsCIn(decl: GoNode): boolean {
  let found = false;
  decl.walk((n) => {
    if (n.type === 'import_spec') {
      const p = n.child('path')?.text;
      found ||= p === '"C"' || p === '`C`';
      return false;
    }
    return !found;
  });
  return found;
}

/**
 * Whether an import path is a standard library one by its form: its first element has no dot
 * (search.IsStandardImportPath).
 */
function isStandardImportPath(path: string): boolean {
  const slash = path.indexOf('/');
  return !(slash < 0 ? path : path.slice(0, slash)).includes('.');
}

/**
 * `source` reduced to what declarations' types need, for a parse that reads only those: the
 * insides of top-level function and method bodies, and of the composite and function literals
 * in package-level `var` initializers (a literal's type is written before its brace; the
 * elements of a `[...]T` array are kept, as they make its length), and comments, emptied but
 * for their line breaks. Every declaration keeps its line and column (offsets after an emptied block move).
 * Go's lexical rules (comments, strings, runes, raw strings, automatic semicolons) are
 * followed as far as telling braces apart needs; where the scan gets lost (code that does not
 * parse) the text is left as it is.
 */
export function declarationsOnly(source: string): string {
  const emptied: [number, number][] = [];
  const lex = new Lexer(source);
  let depth = 0;
  /** In a package-level var declaration: the depth of its specs (1 in a `var (…)` group). */
  let varDepth: number | undefined;
  /** In a var spec's initializer (after its `=`). */
  let inInit = false;
  /** A `[...]` was just read in an initializer: the next literal brace is that array's. */
  let ellipsisArray = false;
  const recent: string[] = [];
  let prev: string | undefined;
  for (let t = lex.next(); t !== undefined; t = lex.next()) {
    const before = prev;
    prev = t.text;
    if (varDepth !== undefined && depth === varDepth && t.statementStart) {
      inInit = false; // the spec ended
      if (varDepth === 0) {
        varDepth = undefined;
      }
    }
    recent.push(t.text);
    if (recent.length > 5) {
      recent.shift();
    }
    if (t.text === '{' && inInit && before !== 'struct' && before !== 'interface') {
      if (ellipsisArray) {
        ellipsisArray = false;
        depth++; // its elements are emptied one by one
        continue;
      }
      const close = matchingBrace(lex);
      if (close !== undefined) {
        emptied.push([t.end, close]);
      }
      prev = '}';
      continue;
    }
    if (t.text === '(' || t.text === '[' || t.text === '{') {
      depth++;
    } else if (t.text === ')' || t.text === ']' || t.text === '}') {
      depth = Math.max(0, depth - 1);
      if (varDepth !== undefined && depth < varDepth) {
        varDepth = undefined; // the end of a var (…) group
        inInit = false;
      }
      if (inInit && recent.join(' ') === '[ . . . ]') {
        ellipsisArray = true;
      }
    } else if (depth === 0 && t.statementStart && t.text === 'func') {
      const body = funcBody(lex);
      if (body !== undefined) {
        emptied.push(body);
      }
    } else if (depth === 0 && t.statementStart && t.text === 'var') {
      varDepth = lex.peek()?.text === '(' ? 1 : 0;
      inInit = false;
    } else if (t.text === '=' && varDepth !== undefined && depth === varDepth) {
      // The initializer; the statement check above ends it at the spec's end.
      inInit = true;
      ellipsisArray = false;
    }
  }
  // Comments go too (but for their line breaks, or a space keeping tokens apart).
  const cut: [number, number, string][] = emptied.map(([from, to]) => [from, to, '']);
  let e = 0;
  for (const [from, to] of lex.comments) {
    while (e < emptied.length && (emptied[e]?.[1] ?? 0) <= from) {
      e++;
    }
    const inside = emptied[e];
    if (inside === undefined || to <= inside[0]) {
      cut.push([from, to, ' ']);
    }
  }
  if (cut.length === 0) {
    return source;
  }
  cut.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to, space] of cut) {
    const breaks = source.slice(from, to).replace(/[^\n]+/g, '');
    out += source.slice(at, from) + (breaks === '' ? space : breaks);
    at = to;
  }
  return out + source.slice(at);
}

/**
 * After a declaration's `func`: the offsets just inside its body's braces; undefined for a
 * function without a body (declared in assembly). Braces of struct and interface types in
 * the signature are passed over.
 */
function funcBody(lex: Lexer): [number, number] | undefined {
  let nesting = 0; // parentheses and brackets
  let prev = 'func';
  for (let t = lex.peek(); t !== undefined; t = lex.peek()) {
    if (nesting === 0 && t.newlineBefore && insertsSemicolon(prev)) {
      return undefined; // the signature ended at a line break: no body
    }
    lex.next();
    if (t.text === '(' || t.text === '[') {
      nesting++;
    } else if (t.text === ')' || t.text === ']') {
      nesting--;
    } else if (t.text === '{') {
      const close = matchingBrace(lex);
      if (nesting === 0 && prev !== 'struct' && prev !== 'interface') {
        return close === undefined ? undefined : [t.end, close];
      }
    }
    prev = t.text;
  }
  return undefined;
}

/** After a `{`: the offset of its matching `}` (consumed); undefined at the end of the file. */
function matchingBrace(lex: Lexer): number | undefined {
  let depth = 1;
  for (let t = lex.next(); t !== undefined; t = lex.next()) {
    if (t.text === '{') {
      depth++;
    } else if (t.text === '}' && --depth === 0) {
      return t.start;
    }
  }
  return undefined;
}

/** Whether Go inserts a semicolon after a line ending in this token (the spec's rule). */
function insertsSemicolon(text: string): boolean {
  if (text === ')' || text === ']' || text === '}' || text === '++' || text === '--') {
    return true;
  }
  const c = text.charCodeAt(0);
  return isWordChar(c) || c === 0x22 || c === 0x27 || c === 0x60; // a word, number or literal
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c >= 0x80
  );
}

/** A token of the scan: its text (literals: their opening quote and on), offsets, context. */
interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A line break (or a comment holding one) comes between it and the token before. */
  readonly newlineBefore: boolean;
  /** It starts a statement: first in the file, after `;`, or on a new line after a semicolon. */
  readonly statementStart: boolean;
}

/** Go tokens as far as telling braces apart needs: words, literals, brackets, operators. */
class Lexer {
  /** The comments passed so far, as offset ranges. */
  readonly comments: [number, number][] = [];
  readonly #s: string;
  #i = 0;
  #prev: string | undefined;
  #peeked: Token | undefined;

  constructor(source: string) {
    this.#s = source;
  }

  peek(): Token | undefined {
    this.#peeked ??= this.#scan();
    return this.#peeked;
  }

  next(): Token | undefined {
    const t = this.peek();
    this.#peeked = undefined;
    return t;
  }

  #scan(): Token | undefined {
    const s = this.#s;
    let newline = false;
    // Space and comments.
    for (;;) {
      const c = s.charCodeAt(this.#i);
      if (c === 0x0a) {
        newline = true;
        this.#i++;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.#i++;
      } else if (c === 0x2f && s.charCodeAt(this.#i + 1) === 0x2f) {
        const end = s.indexOf('\n', this.#i);
        const stop = end < 0 ? s.length : end;
        this.comments.push([this.#i, stop]);
        this.#i = stop;
      } else if (c === 0x2f && s.charCodeAt(this.#i + 1) === 0x2a) {
        const end = s.indexOf('*/', this.#i + 2);
        const stop = end < 0 ? s.length : end + 2;
        newline ||= s.slice(this.#i, stop).includes('\n');
        this.comments.push([this.#i, stop]);
        this.#i = stop;
      } else {
        break;
      }
    }
    if (this.#i >= s.length) {
      return undefined;
    }
    const start = this.#i;
    const c = s.charCodeAt(start);
    let end: number;
    if (isWordChar(c)) {
      end = start + 1;
      while (end < s.length && isWordChar(s.charCodeAt(end))) {
        end++;
      }
    } else if (c === 0x22 || c === 0x27) {
      // "…" or '…', with backslash escapes, ending at the line's end at the latest.
      end = start + 1;
      while (end < s.length) {
        const d = s.charCodeAt(end);
        if (d === 0x5c) {
          end += 2;
        } else if (d === c) {
          end++;
          break;
        } else if (d === 0x0a) {
          break;
        } else {
          end++;
        }
      }
    } else if (c === 0x60) {
      const close = s.indexOf('`', start + 1);
      end = close < 0 ? s.length : close + 1;
    } else if ((c === 0x2b || c === 0x2d) && s.charCodeAt(start + 1) === c) {
      end = start + 2; // ++ or --
    } else {
      end = start + 1;
    }
    this.#i = Math.min(end, s.length);
    const text = c === 0x22 || c === 0x27 || c === 0x60 ? (s[start] ?? '') : s.slice(start, end);
    const prev = this.#prev;
    const statementStart =
      prev === undefined || prev === ';' || (newline && insertsSemicolon(prev));
    this.#prev = text;
    return { text, start, end: this.#i, newlineBefore: newline, statementStart };
  }
}
