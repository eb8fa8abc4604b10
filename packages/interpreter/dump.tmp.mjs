import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from '@mapscope/interpreter/node';
import { runProgram } from '@mapscope/interpreter';
useNodeStdLibrary();
const parser = await createNodeGoParser();
const f = process.argv[2];
runProgram(parser, [{ path: f, source: readFileSync(f, 'utf8') }], {
  maxSteps: 1e9,
  onCompiled(js) {
    process.stdout.write(js);
  },
});
