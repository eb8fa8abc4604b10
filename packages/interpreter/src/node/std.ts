// The standard-library bundle in Node: dist/std/ of this package (written by
// scripts/bundle-std.mjs at build time), read one package at a time as the compiler asks.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { setFileSystemFactory } from '../os/default.ts';
import { setStdLibrary, type ParsedCache, type StdLibrary } from '../std/library.ts';
import { NodeFileSystem } from './fs.ts';

interface BundleIndex {
  readonly stamp: string;
  readonly goVersion: string;
  readonly goroot?: string;
  readonly packages: Readonly<Record<string, { readonly files: readonly string[] }>>;
}

/** The bundle's folder; from src/node/ and dist/node/ alike. */
const defaultDir = fileURLToPath(new URL('../../dist/std/', import.meta.url));

/** The standard library bundled in `dir` (default: this package's dist/std/). */
export function nodeStdLibrary(dir: string = defaultDir): StdLibrary {
  let index: BundleIndex;
  try {
    index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')) as BundleIndex;
  } catch (e) {
    throw new Error(
      `mapscope: the Go standard library bundle is missing (${dir}index.json): build the interpreter (pnpm build), which reads Go 1.19's source tree`,
      { cause: e },
    );
  }
  const cache = new Map<string, Readonly<Record<string, string>>>();
  const parsed = parsedCache(index.stamp);
  return {
    goVersion: index.goVersion,
    ...(index.goroot === undefined ? {} : { goroot: index.goroot }),
    ...(parsed === null ? {} : { parsed }),
    files(path) {
      if (index.packages[path] === undefined) {
        return undefined;
      }
      let files = cache.get(path);
      if (files === undefined) {
        files = JSON.parse(readFileSync(`${dir}/pkg/${path}.json`, 'utf8')) as Record<
          string,
          string
        >;
        cache.set(path, files);
      }
      return files;
    },
  };
}

/**
 * Parsed std packages on disk, in $XDG_CACHE_HOME/mapscope (else ~/.cache/mapscope), one
 * folder per bundle and parser: its name hashes the bundle's stamp and the code that makes the
 * syntax tree (go-types' syntax/ and go-syntax's files), so a rebuilt parser never reads
 * another's trees. MAPSCOPE_CACHE=off turns it off; null when it cannot be set up.
 */
function parsedCache(stamp: string): ParsedCache | null {
  if (process.env['MAPSCOPE_CACHE'] === 'off') {
    return null;
  }
  let dir: string;
  try {
    const h = createHash('sha256').update(stamp);
    const goSyntax = dirname(fileURLToPath(import.meta.resolve('@mapscope/go-syntax')));
    const goTypes = dirname(fileURLToPath(import.meta.resolve('@mapscope/go-types')));
    for (const d of [join(goTypes, 'syntax'), goSyntax]) {
      for (const f of readdirSync(d).sort()) {
        if (/\.(js|ts)$/.test(f)) {
          h.update(f).update(readFileSync(join(d, f)));
        }
      }
    }
    const root = process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache');
    dir = join(root, 'mapscope', `parsed-${h.digest('hex').slice(0, 16)}`);
  } catch {
    return null;
  }
  const file = (path: string): string => join(dir, `${path.replaceAll('/', '%')}.bin`);
  let made = false;
  return {
    load(path) {
      try {
        return deserialize(readFileSync(file(path))) as unknown;
      } catch {
        return undefined; // not there yet, or unreadable: parsed again
      }
    },
    store(path, value) {
      try {
        if (!made) {
          mkdirSync(dir, { recursive: true });
          removeStale(dirname(dir), dir);
          made = true;
        }
        // Written whole, then renamed: a reader never sees half a file.
        const tmp = `${file(path)}.${process.pid}.${Date.now()}`;
        writeFileSync(tmp, serialize(value));
        renameSync(tmp, file(path));
      } catch {
        // A cache that cannot be written (read-only home) only costs the parse next time.
      }
    },
  };
}

/** How long another bundle's or parser's folder may go unchanged before it is removed. */
const staleMs = 14 * 24 * 3600 * 1000;

/** Removes the parsed-package folders of other bundles and parsers that nothing wrote lately. */
function removeStale(root: string, keep: string): void {
  for (const name of readdirSync(root)) {
    const d = join(root, name);
    try {
      if (d !== keep && name.startsWith('parsed-') && Date.now() - statSync(d).mtimeMs > staleMs) {
        rmSync(d, { recursive: true, force: true });
      }
    } catch {
      // Another process removed it first, or it cannot be removed: it stays.
    }
  }
}

let loaded = false;

/**
 * Installs the bundled standard library for every compile in this thread (once), and the
 * machine's file system for every run.
 */
export function useNodeStdLibrary(): void {
  if (!loaded) {
    setStdLibrary(nodeStdLibrary());
    setFileSystemFactory((o) => new NodeFileSystem(o));
    loaded = true;
  }
}
