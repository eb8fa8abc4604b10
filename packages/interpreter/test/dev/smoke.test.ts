import { readFileSync, writeFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { test } from 'vitest';
import { runProgram } from '../../src/index.ts';

test('smoke', async () => {
  const parser = await createNodeGoParser();
  const file = process.env['GOFILE'] ?? '/tmp/t.go';
  const r = runProgram(parser, [{ path: './prog.go', source: readFileSync(file, 'utf8') }], {
    goMinor: Number(process.env['GOMINOR'] ?? 19),
    onCompiled: (js) => writeFileSync('/tmp/out.js', js),
  });
  console.log(r.stdout);
  console.log(r.stderr, 'exit', r.exitCode);
}, 20000);
