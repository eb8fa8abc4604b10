#!/usr/bin/env node
import { main } from './main.ts';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`mapscope: internal error (please report it): ${detail}\n`);
    process.exitCode = 2;
  },
);
