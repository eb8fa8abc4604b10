import { dirname, normalizePath } from './posix-path.ts';

/** A directory entry. */
export interface DirEntry {
  readonly name: string;
  readonly kind: 'file' | 'dir';
}

/**
 * The file access package loading needs. The cli supplies Node's file system
 * (`@mapscope/go-syntax/node`); the docs playground and tests use {@link MemoryFS}.
 * Paths are absolute POSIX paths.
 */
export interface SourceFS {
  readFile(path: string): Promise<string>;
  readDir(path: string): Promise<readonly DirEntry[]>;
  /** What is at `path`, or undefined when nothing is. */
  stat(path: string): Promise<'file' | 'dir' | undefined>;
}

/** An in-memory file system from a map of absolute path → contents. */
export class MemoryFS implements SourceFS {
  readonly #files = new Map<string, string>();
  readonly #dirs = new Set<string>(['/']);

  constructor(files: Readonly<Record<string, string>> = {}) {
    for (const [path, text] of Object.entries(files)) {
      this.write(path, text);
    }
  }

  /** Adds or replaces a file, creating its directories. */
  write(path: string, text: string): void {
    const p = normalizePath(path);
    this.#files.set(p, text);
    for (let d = dirname(p); !this.#dirs.has(d); d = dirname(d)) {
      this.#dirs.add(d);
    }
  }

  readFile(path: string): Promise<string> {
    const text = this.#files.get(normalizePath(path));
    return text === undefined
      ? Promise.reject(new Error(`open ${path}: no such file or directory`))
      : Promise.resolve(text);
  }

  readDir(path: string): Promise<readonly DirEntry[]> {
    const dir = normalizePath(path);
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const entries = new Map<string, DirEntry>();
    for (const f of this.#files.keys()) {
      if (f.startsWith(prefix)) {
        const rest = f.slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash < 0 ? rest : rest.slice(0, slash);
        entries.set(name, { name, kind: slash < 0 ? 'file' : 'dir' });
      }
    }
    return Promise.resolve([...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1)));
  }

  stat(path: string): Promise<'file' | 'dir' | undefined> {
    const p = normalizePath(path);
    if (this.#files.has(p)) {
      return Promise.resolve('file');
    }
    return Promise.resolve(this.#dirs.has(p) ? 'dir' : undefined);
  }
}
