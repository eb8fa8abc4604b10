import { goModGoVersion } from './go-version.ts';
import type { GoVersion } from './go-version.ts';
import { dirname, joinPath, resolvePath } from './posix-path.ts';
import type { SourceFS } from './source-fs.ts';

/** The module a package belongs to: its go.mod and `go` line. */
export interface GoModule {
  readonly goModPath: string;
  readonly goVersion: GoVersion;
}

/** The Go files of one directory (one or more packages: grouping by package clause comes later). */
export interface PackageSource {
  readonly dir: string;
  readonly files: readonly string[];
  readonly module: GoModule | undefined;
}

/** What loading found, and what it noticed on the way (patterns matching nothing). */
export interface LoadResult {
  readonly packages: readonly PackageSource[];
  readonly warnings: readonly string[];
}

/** A pattern that names nothing loadable: a missing path, or a directory without Go files. */
export class PackageLoadError extends Error {
  override name = 'PackageLoadError';
}

/**
 * Resolves command-line patterns as the go tool does: `dir`, `file.go` (several files make
 * one package), and `dir/...` (every package below dir, skipping `vendor`, `testdata`,
 * directories starting with `.` or `_`, and, inside a module, nested modules).
 */
export async function loadPackages(
  fs: SourceFS,
  cwd: string,
  patterns: readonly string[],
): Promise<LoadResult> {
  const loader = new Loader(fs);
  const warnings: string[] = [];
  const looseFiles = new Map<string, string[]>();
  for (const pattern of patterns.length === 0 ? ['.'] : patterns) {
    if (pattern === '...' || pattern.endsWith('/...')) {
      const root = resolvePath(cwd, pattern === '...' ? '.' : pattern.slice(0, -4));
      const before = loader.count;
      await loader.walk(root, pattern);
      if (loader.count === before) {
        warnings.push(`warning: "${pattern}" matched no packages`);
      }
      continue;
    }
    const path = resolvePath(cwd, pattern);
    const kind = await fs.stat(path);
    if (kind === undefined) {
      throw new PackageLoadError(`${pattern}: no such file or directory`);
    }
    if (kind === 'file') {
      if (!path.endsWith('.go')) {
        throw new PackageLoadError(`${pattern}: not a .go file`);
      }
      const dir = dirname(path);
      looseFiles.set(dir, [...(looseFiles.get(dir) ?? []), path]);
      continue;
    }
    if (!(await loader.addDir(path))) {
      throw new PackageLoadError(`no Go files in ${path}`);
    }
  }
  for (const [dir, files] of looseFiles) {
    await loader.add(dir, files, files.join('\0'));
  }
  return { packages: loader.packages, warnings };
}

/** Keeps the packages found so far (each directory once) and the go.mod look-ups. */
class Loader {
  readonly packages: PackageSource[] = [];
  readonly #fs: SourceFS;
  readonly #seen = new Set<string>();
  readonly #modules = new Map<string, Promise<GoModule | undefined>>();

  constructor(fs: SourceFS) {
    this.#fs = fs;
  }

  get count(): number {
    return this.packages.length;
  }

  /** Adds a directory's Go files; false when it has none. */
  async addDir(dir: string): Promise<boolean> {
    const entries = await this.#fs.readDir(dir);
    const files = entries
      .filter((e) => e.kind === 'file' && isGoSourceName(e.name))
      .map((e) => joinPath(dir, e.name));
    if (files.length === 0) {
      return false;
    }
    await this.add(dir, files);
    return true;
  }

  /** Adds a package once: a directory is keyed by its path, loose files by their names. */
  async add(dir: string, files: readonly string[], key: string = dir): Promise<void> {
    if (this.#seen.has(key)) {
      return;
    }
    this.#seen.add(key);
    this.packages.push({ dir, files: [...files].sort(), module: await this.module(dir) });
  }

  /** Every package at or below `root`, in lexical order. */
  async walk(root: string, pattern: string): Promise<void> {
    const kind = await this.#fs.stat(root);
    if (kind !== 'dir') {
      throw new PackageLoadError(`${pattern}: directory not found`);
    }
    // Inside a module, ./... stops at nested modules as the go tool does. Outside any module
    // (a directory of several modules, as with go.work) every module below is included.
    const insideModule = (await this.module(root)) !== undefined;
    const stack = [root];
    for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
      await this.addDir(dir);
      const entries = await this.#fs.readDir(dir);
      const subdirs: string[] = [];
      for (const e of entries) {
        if (e.kind !== 'dir' || isSkippedDir(e.name)) {
          continue;
        }
        const sub = joinPath(dir, e.name);
        if (!insideModule || (await this.#fs.stat(joinPath(sub, 'go.mod'))) === undefined) {
          subdirs.push(sub);
        }
      }
      stack.push(...subdirs.sort().reverse());
    }
  }

  /** The nearest go.mod at or above `dir`. */
  module(dir: string): Promise<GoModule | undefined> {
    let found = this.#modules.get(dir);
    if (found === undefined) {
      found = this.#findModule(dir);
      this.#modules.set(dir, found);
    }
    return found;
  }

  async #findModule(dir: string): Promise<GoModule | undefined> {
    const goModPath = joinPath(dir, 'go.mod');
    if ((await this.#fs.stat(goModPath)) === 'file') {
      return { goModPath, goVersion: goModGoVersion(await this.#fs.readFile(goModPath)) };
    }
    const parent = dirname(dir);
    return parent === dir ? undefined : this.module(parent);
  }
}

/** Go source files as the go tool sees them: `.go`, not hidden by a leading `.` or `_`. */
export function isGoSourceName(name: string): boolean {
  return name.endsWith('.go') && !name.startsWith('.') && !name.startsWith('_');
}

function isSkippedDir(name: string): boolean {
  return name === 'testdata' || name === 'vendor' || name.startsWith('.') || name.startsWith('_');
}
