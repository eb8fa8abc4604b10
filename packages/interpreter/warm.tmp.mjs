import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from '@mapscope/interpreter/node';
import { runProgram, compileProgram } from './dist/run.js';
useNodeStdLibrary();
const parser = await createNodeGoParser();
const f = process.argv[2];
for (let i = 0; i < 5; i++) {
  const t1 = performance.now();
  const c = compileProgram(parser, [{ path: f, source: readFileSync(f, 'utf8') }], {
    maxSteps: 1e9,
  });
  const t2 = performance.now();
  const r = runProgram(parser, [{ path: f, source: readFileSync(f, 'utf8') }], { maxSteps: 1e9 });
  const t3 = performance.now();
  process.stderr.write(`compile ${(t2 - t1).toFixed(0)}ms compile+run ${(t3 - t2).toFixed(0)}ms\n`);
}
