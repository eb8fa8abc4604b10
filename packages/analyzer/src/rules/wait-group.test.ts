import type { GoParser, GoVersion } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFiles } from '../analyze.ts';
import { waitgroupAddInGoroutine } from './waitgroup-add-in-goroutine.ts';
import { waitgroupMisuse } from './waitgroup-misuse.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

const SOURCE = `package p

import "sync"

func run(wg *sync.WaitGroup, fail bool) {
	go func() {
		wg.Add(1)
		wg.Done()
	}()
	go func() {
		if fail {
			return
		}
		wg.Done()
	}()
}
`;

function messages(moduleVersion: GoVersion | undefined): string[] {
  const result = analyzeFiles(parser, [{ path: 'p.go', source: SOURCE }], {
    moduleVersion,
    rules: [waitgroupAddInGoroutine, waitgroupMisuse],
  });
  return result.diagnostics.map((d) => `${String(d.start.line)} ${d.rule}: ${d.message}`);
}

describe('the WaitGroup rules and the Go version', () => {
  it('suggest wg.Go from go1.25, where sync.WaitGroup has it', () => {
    const found = messages('go1.25');
    expect(found).toHaveLength(2);
    for (const m of found) {
      expect(m).toMatch(
        /or let wg\.Go\(f\) start the goroutine and count it \(this file is go1\.25 by go\.mod\)$/,
      );
    }
  });

  it.each(['go1.24', undefined] as const)('leave wg.Go out at %s', (version) => {
    const found = messages(version);
    expect(found.map((m) => m.slice(0, 8))).toEqual(['7 MH011:', '14 MH012']);
    expect(found.join('\n')).not.toContain('wg.Go');
  });
});
