// Runs the Example functions of Go's own standard library (every `func ExampleXxx()` with an
// `// Output:` or `// Unordered output:` comment in $GOROOT/src/<pkg>/*_test.go) through the
// interpreter and compares what each prints with its comment, as `go test` does. Code nobody
// here wrote: the measure of how much of Go's std runs.
//
//   node bench/std-examples.mjs [--json FILE] [--verbose] [pkg ...]
//
// Without packages it takes every package of the std bundle (dist/std) that has examples. An
// example in an external test package (package x_test) runs as a main package made of its
// file; examples inside the package itself (package x) need `mapscope test` and are counted
// apart. Needs the built interpreter (pnpm build).
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unsupportedPackage } from '@mapscope/interpreter';
import { WorkerRunner } from '@mapscope/interpreter/node';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : null;
const verbose = args.includes('--verbose');
const wanted = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));

const goroot = JSON.parse(
  readFileSync(new URL('../dist/std/index.json', import.meta.url), 'utf8'),
).stamp.split(' ')[1];
const index = JSON.parse(readFileSync(new URL('../dist/std/index.json', import.meta.url), 'utf8'));

/** The examples of one test file: name, expected output, unordered, and the file's package. */
function examplesOf(source) {
  const pkg = /^package\s+(\w+)/m.exec(source)?.[1] ?? '';
  const out = [];
  const re = /^func (Example\w*)\(\) \{\n([\s\S]*?)^\}\n/gm;
  for (const m of source.matchAll(re)) {
    const lines = m[2].split('\n');
    // The output comment is the last comment block of the body.
    let i = lines.length - 1;
    while (i >= 0 && lines[i].trim() === '') {
      i--;
    }
    const block = [];
    while (i >= 0 && lines[i].trim().startsWith('//')) {
      block.unshift(lines[i].trim().replace(/^\/\/ ?/, ''));
      i--;
    }
    const head = block.findIndex((l) => /^(Unordered output|Output):/i.test(l));
    if (head < 0) {
      continue;
    }
    const unordered = /^Unordered output:/i.test(block[head]);
    const first = block[head].replace(/^(Unordered output|Output):\s*/i, '');
    const want = [first, ...block.slice(head + 1)].join('\n').trim();
    out.push({ name: m[1], want, unordered, pkg });
  }
  return out;
}

/** Trims each line's trailing space and the whole text, as go test compares outputs. */
function normalize(text, unordered) {
  const lines = text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
    .split('\n');
  return (unordered ? lines.sort() : lines).join('\n');
}

const packages =
  wanted.length > 0
    ? wanted
    : Object.keys(index.packages).filter(
        (p) =>
          !p.startsWith('vendor/') &&
          !p.includes('internal') &&
          existsSync(join(goroot, 'src', p)) &&
          readdirSync(join(goroot, 'src', p)).some((f) => f.endsWith('_test.go')),
      );

/** Seconds an example may take before it counts as hung. */
const limitSeconds = 60;
let runner = new WorkerRunner();
/** Runs a program in the worker (a deep Go stack needs one), replacing a hung worker. */
async function runExample(files, options) {
  let timer;
  const hung = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), limitSeconds * 1000);
  });
  try {
    const r = await Promise.race([runner.run(files, options), hung]);
    if (r === null) {
      await runner.close();
      runner = new WorkerRunner();
      throw new Error(`no answer in ${limitSeconds} s`);
    }
    return r;
  } finally {
    clearTimeout(timer);
  }
}

const results = [];
for (const path of packages) {
  const dir = join(goroot, 'src', path);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('_test.go'))
    .sort();
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    if (/^\/\/go:build/m.test(source.split(/^package /m)[0]) && !/go:build .*js/.test(source)) {
      // Examples built only on some systems (cgo, a real network) are not the std's own.
      if (/go:build .*(cgo|linux|darwin|windows|!js)/.test(source)) {
        continue;
      }
    }
    for (const ex of examplesOf(source)) {
      const base = ex.pkg.replace(/_test$/, '');
      if (!ex.pkg.endsWith('_test')) {
        results.push({ pkg: path, name: ex.name, file, status: 'internal' });
        continue;
      }
      const program = source
        .replace(/^package \w+/m, 'package main')
        .concat(`\nfunc main() { ${ex.name}() }\n`);
      const started = performance.now();
      let status;
      let detail = '';
      try {
        const r = await runExample(
          [{ path: `./${file}`, absPath: join(dir, file), source: program }],
          {
            maxSteps: 50_000_000,
            args: [base],
            // go test runs a package's tests in its directory.
            cwd: dir,
            // Package time's test binary forces US Pacific as the local zone (its
            // internal_test.go); the examples' outputs assume it.
            ...(path === 'time' ? { env: { TZ: 'America/Los_Angeles' } } : {}),
          },
        );
        const got = normalize(r.stdout, ex.unordered);
        const want = normalize(ex.want, ex.unordered);
        if (got === want && r.exitCode === 0) {
          status = 'pass';
        } else {
          status = /not supported yet/.test(r.stderr)
            ? 'unsupported'
            : r.exitCode === 2 && /^#/m.test(r.stderr)
              ? 'compile'
              : 'fail';
          detail = (
            r.stderr.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? ''
          ).slice(0, 200);
          if (detail === '') {
            detail = `output differs: got ${JSON.stringify(got.slice(0, 120))}`;
          }
        }
      } catch (e) {
        status = 'crash';
        detail = String(e instanceof Error ? e.message : e)
          .split('\n')[0]
          .slice(0, 200);
      }
      const ms = Math.round(performance.now() - started);
      results.push({ pkg: path, name: ex.name, file, status, detail, ms });
      if (verbose) {
        console.error(`${status.padEnd(8)} ${path} ${ex.name} ${ms}ms ${detail}`);
      }
    }
  }
}
await runner.close();

const byPkg = new Map();
for (const r of results) {
  const s = byPkg.get(r.pkg) ?? { pass: 0, run: 0, internal: 0 };
  if (r.status === 'internal') {
    s.internal++;
  } else {
    s.run++;
    if (r.status === 'pass') {
      s.pass++;
    }
  }
  byPkg.set(r.pkg, s);
}
let pass = 0;
let run = 0;
let internal = 0;
let scopePass = 0;
let scopeRun = 0;
const pct = (a, b) => ((100 * a) / Math.max(b, 1)).toFixed(1);
console.log('| package | passed | of | in-package (not run) |');
console.log('| --- | --: | --: | --: |');
for (const [p, s] of [...byPkg].sort()) {
  // Packages the model does not run by design (sockets, processes, signals, cgo).
  const out = unsupportedPackage(p);
  console.log(`| ${p}${out ? ' (not supported)' : ''} | ${s.pass} | ${s.run} | ${s.internal} |`);
  pass += s.pass;
  run += s.run;
  internal += s.internal;
  if (!out) {
    scopePass += s.pass;
    scopeRun += s.run;
  }
}
console.log(`| **all** | **${pass}** | **${run}** | ${internal} |`);
console.log(`\n${pass} of ${run} examples pass (${pct(pass, run)}%).`);
console.log(
  `${scopePass} of ${scopeRun} examples of the packages meant to run pass (${pct(scopePass, scopeRun)}%).`,
);
const failures = results.filter((r) => r.status !== 'pass' && r.status !== 'internal');
if (failures.length > 0) {
  console.log('\nFailures:\n');
  for (const f of failures) {
    console.log(`- ${f.pkg} ${f.name} (${f.status}): ${f.detail}`);
  }
}
if (jsonFile !== null) {
  writeFileSync(jsonFile, JSON.stringify(results, null, 1));
}
