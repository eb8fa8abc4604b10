// Which source a package is compiled from: the interpreter's own Go (packages it implements
// itself, on the scheduler and the model: runtime, sync, internal/reflectlite …, and Go 1.21's
// slices, maps and cmp, which Go 1.19 lacks), else Go's standard library (StdLibrary), except for
// packages the model cannot run, which are reported as not supported.
import { goSources } from '../stdlib/go-sources.generated.ts';
import type * as A from '@mapscope/go-types/syntax/ast';
import type { StdLibrary } from './library.ts';

/**
 * Packages (and their subtrees) that need what the model has not: a network, processes, cgo,
 * and the runtime's tooling, which reads the runtime's memory. The packages below net that
 * only parse (net/url, net/netip) run; those that import net stop at that import.
 */
const unsupportedRoots = [
  'C',
  'net/http',
  'net/rpc',
  'net/smtp',
  'os/exec',
  'os/signal',
  'plugin',
  'runtime/cgo',
  'runtime/pprof',
  'syscall/js',
];

/** Whether package `path` is one the interpreter cannot run. */
export function unsupportedPackage(path: string): boolean {
  return path === 'net' || unsupportedRoots.some((r) => path === r || path.startsWith(`${r}/`));
}

/** Where the interpreter's own files for Go's packages live among its sources. */
const overlayPrefix = 'overlay/';

/** The interpreter's own Go for `path`, which takes the place of Go's package. */
export function ownPackage(path: string): Readonly<Record<string, string>> | undefined {
  if (path.startsWith(overlayPrefix)) {
    return undefined;
  }
  return goSources[path];
}

/** The name an overlay file of the interpreter's has among Go's files of its package. */
const overlayFilePrefix = 'mapscope_';

/** Whether a file of a std package is one of the interpreter's overlay files. */
export function isOverlayFile(name: string): boolean {
  return name.startsWith(overlayFilePrefix);
}

/**
 * Go's files of a package with the interpreter's overlay applied: an overlay file
 * (stdlib/overlay/<path>/) takes the place of the files its `//mapscope:replaces` line names
 * (what the model cannot run, such as js/wasm's calls into the browser). Its functions and
 * methods also take the place of Go's of the same name (see overrideDeclarations).
 */
function withOverlay(
  path: string,
  files: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const overlay = goSources[`${overlayPrefix}${path}`];
  if (overlay === undefined) {
    return files;
  }
  const replaced = new Set<string>();
  const added: [string, string][] = [];
  for (const [name, source] of Object.entries(overlay)) {
    for (const m of source.matchAll(/^\/\/mapscope:replaces (.+)$/gm)) {
      for (const file of (m[1] ?? '').split(/\s+/)) {
        replaced.add(file);
      }
    }
    added.push([`${overlayFilePrefix}${name}`, source]);
  }
  const out: Record<string, string> = Object.fromEntries([
    ...Object.entries(files).filter(([name]) => !replaced.has(name)),
    ...added,
  ]);
  return out;
}

/**
 * A std package's parsed files with its overlay's functions and methods in place of Go's
 * declarations of the same name (the `init` functions of both stay), for an overlay that keeps
 * most of a file of Go's and changes what calls into the browser.
 */
export function overrideDeclarations(files: A.File[]): A.File[] {
  const isOverlay = (f: A.File): boolean =>
    (f.source.path.split('/').pop() ?? '').startsWith(overlayFilePrefix);
  const own = new Set(
    files.filter(isOverlay).flatMap((f) => f.decls.flatMap((d) => declKey(d) ?? [])),
  );
  if (own.size === 0) {
    return files;
  }
  return files.map((f) => {
    if (isOverlay(f)) {
      return f;
    }
    const decls = f.decls.filter((d) => {
      const key = declKey(d);
      return key === undefined || !own.has(key);
    });
    return decls.length === f.decls.length ? f : { ...f, decls };
  });
}

/** `Name` or `Recv.Name` of a function declaration other than init; undefined otherwise. */
function declKey(d: A.GenDecl | A.FuncDecl): string | undefined {
  if (!('recv' in d) || d.name.name === 'init') {
    return undefined;
  }
  if (d.recv === null) {
    return d.name.name;
  }
  let t = d.recv.type;
  for (;;) {
    if (t.kind === 'StarExpr' || t.kind === 'ParenExpr') {
      t = t.x;
    } else if (t.kind === 'IndexExpr') {
      t = t.x;
    } else {
      break;
    }
  }
  return t.kind === 'Ident' ? `${t.name}.${d.name.name}` : undefined;
}

/** A package's source files and whether they are the interpreter's own; undefined: no such package. */
export function packageFiles(
  path: string,
  std: StdLibrary,
): { readonly files: Readonly<Record<string, string>>; readonly own: boolean } | undefined {
  const own = ownPackage(path);
  if (own !== undefined) {
    return { files: own, own: true };
  }
  const files = std.files(path);
  return files === undefined ? undefined : { files: withOverlay(path, files), own: false };
}

/**
 * The package an import in package `from` names: the standard library resolves
 * golang.org/x/… to its vendored copies, as the go command does.
 */
export function resolveImport(from: string, path: string, std: StdLibrary): string {
  if (from !== 'main' && path.startsWith('golang.org/x/')) {
    const vendored = `vendor/${path}`;
    if (std.files(vendored) !== undefined) {
      return vendored;
    }
  }
  return path;
}

/** The interpreter's own packages that are the runtime's side (their natives are the model). */
const coreNames = new Set(['runtime', 'sync', 'sync/atomic']);

/**
 * Packages that stand for Go's runtime, which a race build does not instrument: the
 * interpreter's core packages (whose plain accesses are the model's, not the program's) and
 * the runtime's and internal packages.
 */
export function runtimeSidePackage(path: string): boolean {
  return coreNames.has(path) || path.startsWith('runtime/') || path.startsWith('internal/');
}
