// Mutation check of parseGoFast against tree-sitter-go: takes .go files (default: every 10th
// file of GOROOT/src), applies random small edits (delete a character, insert a newline, a
// semicolon, a brace, a comment or a space), and checks each mutant: if tree-sitter rejects
// it, parseGoFast must return undefined; if both accept it, the trees must be identical.
//
//   pnpm -s --filter @mapscope/go-syntax build
//   node packages/go-syntax/bench/fuzz-fast-parse.mjs [--seed n] [--mutants n] [--dist dir] [dir]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstDifference, goFiles, treeSitterParser } from './common.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const dist = resolve(option('--dist', join(here, '../dist')));
let seed = Number(option('--seed', '1'));
const mutantsPerFile = Number(option('--mutants', '20'));
const dir = args[0] ?? join(process.env.MAPSCOPE_GOROOT ?? '/usr/lib/go-1.19', 'src');

const { toGoNode } = await import(pathToFileURL(join(dist, 'go-node.js')).href);
const { parseGoFast } = await import(pathToFileURL(join(dist, 'fast-parse.js')).href);
const parser = await treeSitterParser();

/** A small deterministic pseudo-random generator (xorshift). */
function random(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

const same = (a, b) => firstDifference(a, b) === undefined;

const edits = ['', '\n', ';', '{', '}', '(', ')', ' ', '/**/', '\n\n', ',', '.', '*', '[]'];
const counts = {
  mutants: 0,
  bothReject: 0,
  identical: 0,
  declined: 0,
  wrongAccept: 0,
  different: 0,
};
const files = goFiles(dir).filter((_, i) => i % 10 === 0);
for (const file of files) {
  const original = readFileSync(file, 'utf8');
  if (original.length > 60_000) continue;
  for (let m = 0; m < mutantsPerFile; m++) {
    const at = random(original.length);
    const edit = edits[random(edits.length)];
    const remove = edit === '' || random(4) === 0 ? 1 : 0;
    const src = original.slice(0, at) + edit + original.slice(at + remove);
    counts.mutants++;
    const tree = parser.parse(src);
    const valid = !tree.rootNode.hasError;
    const expected = valid ? toGoNode(tree.rootNode, src, false) : undefined;
    tree.delete();
    const actual = parseGoFast(src);
    if (!valid) {
      if (actual === undefined) counts.bothReject++;
      else {
        counts.wrongAccept++;
        console.log(`ACCEPTED INVALID ${file} @${at} ${JSON.stringify(edit)} remove=${remove}`);
        console.log(`  ${JSON.stringify(src.slice(Math.max(0, at - 60), at + 60))}`);
      }
    } else if (actual === undefined) counts.declined++;
    else if (same(expected, actual)) counts.identical++;
    else {
      counts.different++;
      console.log(`DIFFERENT ${file} @${at} ${JSON.stringify(edit)} remove=${remove}`);
      console.log(`  ${JSON.stringify(src.slice(Math.max(0, at - 60), at + 60))}`);
    }
  }
}
console.log(JSON.stringify(counts));
parser.delete();
process.exitCode = counts.wrongAccept > 0 || counts.different > 0 ? 1 : 0;
