// Differential check of parseGoFast against tree-sitter-go (the oracle).
//
//   pnpm -s --filter @mapscope/go-syntax build
//   node packages/go-syntax/bench/diff-fast-parse.mjs [dir…]      (default: GOROOT/src and GOROOT/test)
//
// For every .go file under the directories it parses with tree-sitter (web-tree-sitter, the
// grammar from node_modules) and with parseGoFast, and counts: identical trees; files
// tree-sitter accepts but the fast parser declines (grouped by reason); files tree-sitter
// rejects but the fast parser accepts (must be none); and differing trees, printing the
// first differing node of each. Options: --dist <dir> (the built go-syntax, default ../dist),
// --list (print every declined file), --max-diffs <n> (diff reports to print, default 30).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstDifference, goFiles, treeSitterParser } from './common.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const dist = resolve(option('--dist', join(here, '../dist')));
const maxDiffs = Number(option('--max-diffs', '30'));
const listDeclined = flag('--list');
const goroot = process.env.MAPSCOPE_GOROOT ?? '/usr/lib/go-1.19';
const dirs = args.length > 0 ? args : [join(goroot, 'src'), join(goroot, 'test')];

const { toGoNode } = await import(pathToFileURL(join(dist, 'go-node.js')).href);
const { parseGoFastDetailed } = await import(pathToFileURL(join(dist, 'fast-parse.js')).href);
const parser = await treeSitterParser();

const counts = { files: 0, identical: 0, declined: 0, wrongAccept: 0, different: 0, bothReject: 0 };
const declinedBy = new Map();
let fastMs = 0;
let printed = 0;
for (const dir of dirs) {
  for (const file of goFiles(dir)) {
    counts.files++;
    const src = readFileSync(file, 'utf8');
    const tree = parser.parse(src);
    const valid = !tree.rootNode.hasError;
    const expected = valid ? toGoNode(tree.rootNode, src, false) : undefined;
    tree.delete();
    const t0 = performance.now();
    const result = parseGoFastDetailed(src);
    fastMs += performance.now() - t0;
    if (!valid) {
      if ('root' in result) {
        counts.wrongAccept++;
        console.log(`ACCEPTED INVALID ${file}`);
      } else counts.bothReject++;
      continue;
    }
    if (!('root' in result)) {
      counts.declined++;
      const { reason, offset } = result.failure;
      const files = declinedBy.get(reason) ?? [];
      files.push(`${file}@${offset}`);
      declinedBy.set(reason, files);
      continue;
    }
    const d = firstDifference(expected, result.root);
    if (d === undefined) {
      counts.identical++;
      continue;
    }
    counts.different++;
    if (printed++ < maxDiffs) {
      const line = src.slice(0, Number(/\[(\d+)/.exec(d.expected)?.[1] ?? 0)).split('\n').length;
      console.log(`DIFF ${file}:${line}`);
      console.log(`  at ${d.path.slice(-4).join(' > ')}`);
      console.log(`  tree-sitter: ${d.expected}`);
      console.log(`  fast:        ${d.actual}`);
    }
  }
}
console.log('\ndeclined valid files by reason:');
for (const [reason, files] of [...declinedBy].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${String(files.length).padStart(5)}  ${reason}  (e.g. ${files[0]})`);
  if (listDeclined) for (const f of files) console.log(`         ${f}`);
}
console.log(`\n${JSON.stringify(counts)}  fast parse: ${(fastMs / 1000).toFixed(2)} s`);
parser.delete();
process.exitCode = counts.wrongAccept > 0 || counts.different > 0 ? 1 : 0;
