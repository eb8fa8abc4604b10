/**
 * The path a browser takes (the docs playground): the grammar handed over as bytes, sources
 * in a MemoryFS, no file system anywhere in the library.
 */
import { readFileSync } from 'node:fs';
import { GoParser, MemoryFS } from '@mapscope/go-syntax';
import { nodeGrammarPaths } from '@mapscope/go-syntax/node';
import { describe, expect, it } from 'vitest';
import { vet } from '../src/index.ts';

describe('vet over an in-memory file system', () => {
  it('finds the same hazards from grammar bytes and MemoryFS', async () => {
    const parser = await GoParser.create({
      goGrammar: new Uint8Array(readFileSync(nodeGrammarPaths().goGrammar)),
    });
    const fs = new MemoryFS({
      '/play/go.mod': 'module play\n\ngo 1.21\n',
      '/play/main.go': [
        'package main',
        '',
        'func main() {',
        '\tvar counts map[string]int',
        '\tcounts["go"]++',
        '\tinbox := map[string]chan int{}',
        '\tclose(inbox["x"])',
        '}',
        '',
      ].join('\n'),
    });
    const result = await vet({ fs, parser, cwd: '/play', patterns: ['./...'] });
    parser.dispose();
    expect(result.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.rule}`)).toEqual([
      '5:2 MH003',
      '7:2 MH006',
    ]);
  });
});
