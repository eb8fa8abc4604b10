/**
 * analysistest-style fixtures: every finding must be announced by a `// want` comment on
 * its line holding a regular expression (in backquotes or double quotes) that matches
 * "message (MHxxx)", and every `// want` must be met by exactly one finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoParser } from '@mapscope/go-syntax';
import { MemoryFS } from '@mapscope/go-syntax';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES, vet } from '../src/index.ts';

const testdata = fileURLToPath(new URL('./testdata/', import.meta.url));
const CASES = [
  'concurrentmap',
  'nilmapwrite',
  'loopvar/go121',
  'loopvar/unknown',
  'loopvar/buildtag',
  'loopcapture/go121',
  'loopcapture/unknown',
  'nilchan',
  'mapmissderef',
  'deferearly',
  'suppress',
  'syntax',
  'waitgroup',
  'waitgroup/othersync',
  'copylocks',
  'copylocks/otheratomic',
  'peers/copylock',
  'peers/copylock122',
  'peers/loopclosure',
  'peers/loopclosure122',
  'peers/sa2000',
  'peers/sa5000',
  'peers/rangevaladdress',
  'guardedmap',
  'goroutineleak',
  'goroutineleak/go123',
  'goroutineleaknomod',
  'races/app',
  'races/lib',
  'moreleaks',
  'nildecode',
  'nilmapctor',
  'tickmain',
];

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

interface Want {
  readonly file: string;
  readonly line: number;
  readonly pattern: RegExp;
  met: boolean;
}

function wantsIn(dir: string): Want[] {
  const wants: Want[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go'))) {
    const lines = readFileSync(`${dir}${name}`, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const m = /\/\/ want (.*)$/.exec(text);
      for (const p of m?.[1]?.matchAll(/`([^`]*)`|"((?:[^"\\]|\\.)*)"/g) ?? []) {
        wants.push({
          file: name,
          line: i + 1,
          pattern: new RegExp(p[1] ?? p[2] ?? ''),
          met: false,
        });
      }
    });
  }
  return wants;
}

describe.each(CASES)('fixture %s', (name) => {
  it('reports exactly what the // want comments say', async () => {
    const dir = `${testdata}${name}/`;
    const result = await vet({ fs: nodeFS, parser, cwd: dir, patterns: ['.'] });
    const wants = wantsIn(dir);
    const unexpected: string[] = [];
    const found = [
      ...result.diagnostics.map((d) => ({ ...d, text: `${d.message} (${d.rule})` })),
      ...result.syntaxErrors.map((d) => ({ ...d, text: d.message })),
    ];
    for (const d of found) {
      const file = d.file.slice(dir.length);
      const want = wants.find(
        (w) => !w.met && w.file === file && w.line === d.start.line && w.pattern.test(d.text),
      );
      if (want === undefined) {
        unexpected.push(`${file}:${d.start.line}:${d.start.column}: ${d.text}`);
      } else {
        want.met = true;
      }
    }
    const missing = wants
      .filter((w) => !w.met)
      .map((w) => `${w.file}:${w.line}: ${w.pattern.source}`);
    expect({ unexpected, missing }).toEqual({ unexpected: [], missing: [] });
  });
});

describe('the loopvar fixture at go1.22', () => {
  it('reports nothing: each iteration has its own variable', async () => {
    const src = `${testdata}loopvar/go121/`;
    const fs = new MemoryFS({ '/m/go.mod': 'module example.com/loopvar\n\ngo 1.22\n' });
    for (const name of readdirSync(src).filter((n) => n.endsWith('.go'))) {
      fs.write(`/m/${name}`, readFileSync(`${src}${name}`, 'utf8'));
    }
    const result = await vet({ fs, parser, cwd: '/m', patterns: ['.'] });
    expect(result.files).toBe(2);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the per-file text prefilter (Rule.mayConcern)', () => {
  it.each(CASES)('changes no finding in %s', async (name) => {
    const everywhere = ALL_RULES.map((r) => ({ ...r, mayConcern: () => true }));
    const cwd = `${testdata}${name}/`;
    const filtered = await vet({ fs: nodeFS, parser, cwd, patterns: ['.'] });
    const unfiltered = await vet({ fs: nodeFS, parser, cwd, patterns: ['.'], rules: everywhere });
    expect(filtered.diagnostics).toEqual(unfiltered.diagnostics);
  });
});
