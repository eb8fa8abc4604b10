// Writes one golden JSON to stdout from the runs record.sh left in a directory
// (out.I, err.I, rc.I for I = 1..runs); fails when the runs disagree. See record.sh.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, runsArg, name] = process.argv.slice(2);
const runs = Number(runsArg);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const read = (file) => {
  const bytes = readFileSync(join(dir, file));
  try {
    return utf8.decode(bytes);
  } catch {
    console.error(`FAIL ${name}: ${file} is not valid UTF-8`);
    process.exit(1);
  }
};
const firstLine = (s) => s.split('\n')[0];
// stderr up to and including the first goroutine header (`goroutine 1 [running]:`).
const head = (s) => {
  const m = /^goroutine \d+ \[[^\n]*\]:$/m.exec(s);
  return m ? s.slice(0, m.index + m[0].length) : s;
};

const results = [];
for (let i = 1; i <= runs; i++) {
  results.push({
    stdout: read(`out.${i}`),
    stderr: read(`err.${i}`),
    exit: Number(read(`rc.${i}`).trim()),
  });
}
const first = results[0];
for (const [i, r] of results.entries()) {
  for (const [what, a, b] of [
    ['stdout', r.stdout, first.stdout],
    ['first stderr line', firstLine(r.stderr), firstLine(first.stderr)],
    ['exit code', String(r.exit), String(first.exit)],
  ]) {
    if (a !== b) {
      console.error(
        `FAIL ${name}: run ${i + 1} differs from run 1 in ${what}:\n  ${JSON.stringify(b)}\n  ${JSON.stringify(a)}`,
      );
      process.exit(1);
    }
  }
}
if (first.exit === 124) {
  console.error(`FAIL ${name}: timed out`);
  process.exit(1);
}

const compile = name.startsWith('compile-error-');
const kind = compile
  ? 'compile'
  : first.stderr.startsWith('panic: ') && first.exit === 2
    ? 'panic'
    : first.stderr.startsWith('fatal error: ') && first.exit === 2
      ? 'fatal'
      : first.exit === 0
        ? 'ok'
        : 'exit';
const golden = { stdout: first.stdout, stderr: first.stderr, exit: first.exit, kind, runs };
// Which Go recorded it: record.sh passes `go version` (go1.19.x linux/amd64).
golden.go = process.env.GO_VERSION;
if (kind === 'panic' || kind === 'fatal') {
  golden.stderrFirst = firstLine(first.stderr);
  const h = head(first.stderr);
  if (results.every((r) => head(r.stderr) === h)) golden.stderrHead = h;
}
process.stdout.write(JSON.stringify(golden, null, 2) + '\n');
