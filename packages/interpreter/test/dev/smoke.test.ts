import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { test } from 'vitest';
import { runProgram } from '../../src/index.ts';

test('smoke', async () => {
  const parser = await createNodeGoParser();
  const file = process.env['GOFILE'] ?? 'test/conformance/programs/closure-counter.go';
  const r = runProgram(parser, [{ path: './prog.go', source: readFileSync(file, 'utf8') }], {});
  console.log(JSON.stringify(r, null, 1));
}, 20000);
