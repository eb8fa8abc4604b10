// Times parseGoFast over every .go file under a directory (default GOROOT/src), files read
// into memory first so that only parsing is measured. With --tree-sitter, times tree-sitter's
// parse and toGoNode instead (the path parseGoFast replaces), for comparison.
//
//   pnpm -s --filter @mapscope/go-syntax build
//   /usr/bin/time -f '%e s %U user' taskset -c 0 node packages/go-syntax/bench/bench-fast-parse.mjs [dir] [--dist dir] [--tree-sitter]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { goFiles } from './common.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = resolve(distAt >= 0 ? args.splice(distAt, 2)[1] : join(here, '../dist'));
const treeSitterAt = args.indexOf('--tree-sitter');
const treeSitter = treeSitterAt >= 0;
if (treeSitter) args.splice(treeSitterAt, 1);
const dir = args[0] ?? join(process.env.MAPSCOPE_GOROOT ?? '/usr/lib/go-1.19', 'src');
const { parseGoFast } = await import(pathToFileURL(join(dist, 'fast-parse.js')).href);
const { createNodeGoParser } = await import(pathToFileURL(join(dist, 'node/index.js')).href);
const goParser = treeSitter ? await createNodeGoParser() : undefined;

/** The tree of `src` by the parser under test, or undefined. */
function parse(src) {
  if (goParser === undefined) return parseGoFast(src);
  const file = goParser.parseWithTreeSitter('x.go', src);
  return file.hasError ? undefined : file.tree;
}

const sources = goFiles(dir).map((f) => readFileSync(f, 'utf8'));
const bytes = sources.reduce((n, s) => n + s.length, 0);
const t0 = performance.now();
let parsed = 0;
for (const src of sources) {
  if (parse(src) !== undefined) parsed++;
}
const ms = performance.now() - t0;
console.log(
  `${treeSitter ? 'tree-sitter' : 'parseGoFast'}: ${sources.length} files, ${(bytes / 1e6).toFixed(1)} M chars: ${parsed} parsed in ${(ms / 1000).toFixed(2)} s`,
);
