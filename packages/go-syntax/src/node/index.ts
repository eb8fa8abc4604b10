/**
 * Node-only adapters for go-syntax: the real file system and the grammar files found in
 * node_modules. The main entry stays browser-safe; only Node callers import this one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { GoParser } from '../parser.ts';
import type { DirEntry, SourceFS } from '../source-fs.ts';

const require = createRequire(import.meta.url);

/** Paths of the two WebAssembly modules as installed in node_modules. */
export function nodeGrammarPaths(): { goGrammar: string; runtime: string } {
  return {
    goGrammar: require.resolve('tree-sitter-go/tree-sitter-go.wasm'),
    runtime: require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  };
}

/** A GoParser loaded from the grammar files in node_modules. */
export function createNodeGoParser(): Promise<GoParser> {
  return GoParser.create(nodeGrammarPaths());
}

/** The real file system, through node:fs. */
export const nodeFS: SourceFS = {
  readFile: (path) => readFile(path, 'utf8'),
  async readDir(path) {
    const entries = await readdir(path, { withFileTypes: true });
    const out: DirEntry[] = [];
    for (const e of entries) {
      if (e.isFile()) {
        out.push({ name: e.name, kind: 'file' });
      } else if (e.isDirectory()) {
        out.push({ name: e.name, kind: 'dir' });
      } else if (e.isSymbolicLink() && (await statKind(`${path}/${e.name}`)) === 'file') {
        // Symlinked files are read; symlinked directories are not walked, as the go tool
        // does not follow them in ./... (and a link back up would never end).
        out.push({ name: e.name, kind: 'file' });
      }
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  },
  stat: statKind,
};

async function statKind(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
