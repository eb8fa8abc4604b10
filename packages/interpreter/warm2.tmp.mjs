import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from '@mapscope/interpreter/node';
import { runProgram } from './dist/run.js';
useNodeStdLibrary();
const parser = await createNodeGoParser();
const f = process.argv[2];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  runProgram(parser, [{ path: f, source: readFileSync(f, 'utf8') }], { maxSteps: 1e9 });
  process.stderr.write(`run ${(performance.now() - t).toFixed(0)}ms\n`);
}
