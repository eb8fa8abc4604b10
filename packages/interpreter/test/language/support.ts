// What the language tests share: a Go parser for a test file's tests, and the programs.
import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll } from 'vitest';

export type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;

/** A parser made before the file's tests and disposed of after them (call at top level). */
export function useParser(): () => Parser {
  let parser: Parser | null = null;
  beforeAll(async () => {
    parser = await createNodeGoParser();
  });
  afterAll(() => {
    parser?.dispose();
  });
  return () => {
    if (parser === null) {
      throw new Error('the parser is made before the tests run');
    }
    return parser;
  };
}

/** A file of programs/. */
export function readProgram(name: string): string {
  return readFileSync(new URL(`programs/${name}`, import.meta.url), 'utf8');
}

/** A traceback without arguments and pc offsets: `main.f(...)`, `\tfile:line`. */
export function frames(stderr: string): string {
  return stderr
    .replace(/^([\w.()*/]+)\(.*\)$/gm, '$1(…)')
    .replace(/ \+0x[0-9a-f]+$/gm, '')
    .replace(/^\[signal .*\n/m, '');
}
