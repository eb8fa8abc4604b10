import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { runProgram } from '@mapscope/interpreter';
import { useNodeStdLibrary } from '@mapscope/interpreter/node';
const t0 = performance.now();
useNodeStdLibrary();
const parser = await createNodeGoParser();
const t1 = performance.now();
let jsLen = 0;
const r = runProgram(
  parser,
  [{ path: './main.go', source: readFileSync(process.argv[2], 'utf8') }],
  {
    onCompiled: (s) => {
      jsLen = s.length;
    },
  },
);
const t2 = performance.now();
const r2 = runProgram(
  parser,
  [{ path: './main.go', source: readFileSync(process.argv[2], 'utf8') }],
  {},
);
const t3 = performance.now();
console.log({ setup: t1 - t0, first: t2 - t1, second: t3 - t2, jsLen, out: r.stdout });
