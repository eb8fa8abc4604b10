// The standard-library bundle in Node: dist/std/ of this package (written by
// scripts/bundle-std.mjs at build time), read one package at a time as the compiler asks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFileSystemFactory } from '../os/default.ts';
import { setStdLibrary, type StdLibrary } from '../std/library.ts';
import { NodeFileSystem } from './fs.ts';

interface BundleIndex {
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
  return {
    goVersion: index.goVersion,
    ...(index.goroot === undefined ? {} : { goroot: index.goroot }),
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
