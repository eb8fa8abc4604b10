#!/usr/bin/env node
// Recall of `mapscope vet` on real fixed bugs: packages/analyzer/test/bugs/<id>/ each holds a
// fixture of one bug from a public project (our own code reproducing its pattern: buggy/ as at
// the parent of the fix, fixed/ with the fix applied) and bug.json (project, issue, fix, kind,
// the hazard's line and the other side's). vet runs on each buggy/ and fixed/; a bug is found
// when a finding covers its hazard or other line or cites one of them; a finding in fixed/ is
// a false alarm on a fix. Prints a Markdown table for BENCHMARKS.md.
// Usage: node packages/cli/bench/vet-bugs.mjs [path/to/cli.js]   (after pnpm build)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const cli = process.argv[2] ?? join(repo, 'packages', 'cli', 'dist', 'cli.js');
const bugsDir = join(repo, 'packages', 'analyzer', 'test', 'bugs');

/** vet --json of a fixture directory: its diagnostics. */
function vet(dir) {
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'vet', '--json', './...'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    out = e.stdout; // findings exit 1
  }
  return JSON.parse(out).diagnostics;
}

const rows = [];
for (const id of readdirSync(bugsDir).sort()) {
  const bug = JSON.parse(readFileSync(join(bugsDir, id, 'bug.json'), 'utf8'));
  const buggy = vet(join(bugsDir, id, 'buggy'));
  const fixed = vet(join(bugsDir, id, 'fixed'));
  // A finding is this bug's when its range covers the hazard's line or the other side's, or its
  // message cites one of them (`line 52`, `store.go:52`): a leak is reported at its go
  // statement, a race at one access naming the other.
  const at = (loc) => {
    if (loc === null || loc === undefined) {
      return [];
    }
    const file = loc.file.replace(/^buggy\//, '');
    const cites = new RegExp(`(\\bline ${loc.line}\\b|${file.replace('.', '\\.')}:${loc.line}\\b)`);
    return buggy.filter(
      (d) =>
        (d.file.replace(/^\.\//, '') === file && d.line <= loc.line && loc.line <= d.endLine) ||
        cites.test(d.message),
    );
  };
  const hits = [...new Set([...at(bug.hazard), ...at(bug.other)])];
  rows.push({
    id,
    kind: bug.kind,
    found: hits.length > 0,
    rules: [...new Set(hits.map((d) => d.rule))].join(' '),
    elsewhere: buggy.length - hits.length,
    onFix: fixed.map((d) => `${d.rule}:${d.line}`).join(' '),
  });
}

const found = rows.filter((r) => r.found).length;
console.log(`cli: ${cli}`);
console.log(`${found} of ${rows.length} bugs found (${((100 * found) / rows.length).toFixed(0)}%)`);
const kinds = [...new Set(rows.map((r) => r.kind))].sort();
for (const k of kinds) {
  const of = rows.filter((r) => r.kind === k);
  console.log(`- ${k}: ${of.filter((r) => r.found).length} of ${of.length}`);
}
console.log();
console.log('| bug | kind | found | by | other findings on buggy/ | findings on fixed/ |');
console.log('| --- | --- | --- | --- | --: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.id} | ${r.kind} | ${r.found ? 'yes' : 'no'} | ${r.rules} | ${r.elsewhere} | ${r.onFix} |`,
  );
}
