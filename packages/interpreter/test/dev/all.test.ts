import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { test } from 'vitest';
import { runProgram } from '../../src/index.ts';

const dir = 'test/conformance/programs';
test('all', async () => {
  const parser = await createNodeGoParser();
  const only = process.env['ONLY'];
  const names = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)).filter((n) => only === undefined || n.includes(only));
  let pass = 0;
  const fails: string[] = [];
  for (const name of names) {
    const g = JSON.parse(readFileSync(`${dir}/${name}.golden.json`, 'utf8')) as { stdout: string; stderr: string; exit: number; kind: string; stderrFirst?: string };
    let r: { stdout: string; stderr: string; exitCode: number };
    appendFileSync('/tmp/progress.txt', name + '\n');
    const t0 = performance.now();
    try {
      r = runProgram(parser, [{ path: `./${name}.go`, source: readFileSync(`${dir}/${name}.go`, 'utf8') }], { goMinor: 19 });
    } catch (e) {
      r = { stdout: '', stderr: `THROW ${(e as Error).stack?.split('\n').slice(0, 4).join('\n')}`, exitCode: -1 };
    }
    const ms = performance.now() - t0;
    let ok: boolean;
    if (g.kind === 'panic' || g.kind === 'fatal') {
      ok = r.stdout === g.stdout && r.exitCode === g.exit && r.stderr.split('\n')[0] === g.stderrFirst;
    } else {
      ok = r.stdout === g.stdout && r.exitCode === g.exit && r.stderr === g.stderr;
    }
    if (ok) {
      pass++;
    } else {
      fails.push(`== ${name} (${ms.toFixed(0)}ms)\n  want exit ${g.exit} stderr ${JSON.stringify(g.stderrFirst ?? g.stderr).slice(0, 300)}\n  got  exit ${r.exitCode} stderr ${JSON.stringify(r.stderr).slice(0, 300)}\n  stdout ok: ${r.stdout === g.stdout}${r.stdout === g.stdout ? '' : `\n  want ${JSON.stringify(g.stdout).slice(0, 200)}\n  got  ${JSON.stringify(r.stdout).slice(0, 200)}`}`);
    }
  }
  console.log(fails.join('\n'));
  console.log(`PASS ${pass}/${names.length}`);
}, 600000);
