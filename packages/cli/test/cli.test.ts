import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { parseRecordedRun, TOUR, tourDir } from '../src/commands/tour.ts';
import { main } from '../src/main.ts';

const fixtures = fileURLToPath(new URL('../../analyzer/test/testdata/', import.meta.url));

async function run(argv: string[], cwd = fixtures) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('mapscope vet', () => {
  it('prints go vet style lines on stderr and exits 1', async () => {
    const r = await run(['vet', './nilmapwrite']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]).toMatch(
      /^nilmapwrite\/flagged\.go:15:2: assignment to entry in nil map: m is nil .* \(MH003\)$/,
    );
  });

  it('leaves a rule that is off by default off until a configuration turns it on', async () => {
    expect(await run(['vet', './nilchan'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const dir = mkdtempSync(`${tmpdir()}/mapscope-`);
    writeFileSync(`${dir}/on.yaml`, 'rules:\n  nil-chan-from-map-miss: on\n');
    const r = await run(['vet', `--config=${dir}/on.yaml`, './nilchan']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(
      /^nilchan\/flagged\.go:12:2: send on the channel chans\[k\] .* \(MH006\)$/,
    );
  });

  it('prints paths in the working directory as ./file.go, as go vet does', async () => {
    const r = await run(['vet'], `${fixtures}nilmapwrite`);
    expect(r.stderr.split('\n')[0]).toMatch(/^\.\/flagged\.go:15:2: /);
  });

  it('exits 0 and prints nothing for a clean package', async () => {
    const dir = mkdtempSync(`${tmpdir()}/mapscope-`);
    writeFileSync(`${dir}/ok.go`, 'package ok\n\nfunc f() { m := map[int]int{}; m[1] = 2 }\n');
    expect(await run(['vet', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('walks ./... and reports syntax errors with Go positions', async () => {
    const r = await run(['vet', './...']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'syntax/broken.go:10:1: syntax error: unexpected }, expecting expression\n',
    );
    expect(r.stderr).toContain('loopvar/go121/flagged.go:');
  });

  it('lets --lang stand in for the go.mod version', async () => {
    const older = await run(['vet', '--lang=go1.20', './loopvar/go121']);
    expect(older.code).toBe(1);
    expect(older.stderr).toContain('this file is go1.20 by --lang');
    expect(await run(['vet', '--lang=go1.22', './loopvar/go121'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('writes a JSON report on stdout', async () => {
    const r = await run(['vet', '--format=json', './nilmapwrite']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      version: number;
      diagnostics: {
        file: string;
        line: number;
        column: number;
        rule: string;
        goVersion: string;
      }[];
      summary: { files: number; diagnostics: number };
    };
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ files: 2, diagnostics: report.diagnostics.length });
    expect(report.diagnostics[0]).toMatchObject({
      file: 'nilmapwrite/flagged.go',
      line: 15,
      column: 2,
      rule: 'MH003',
      goVersion: 'go1.21',
    });
  });

  it("accepts go vet's -json spelling, and prints its usage for help vet", async () => {
    const r = await run(['vet', '-json', './nilmapwrite']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1 });
    expect((await run(['vet', '-json', '--format=sarif'])).code).toBe(2);
    const help = await run(['help', 'vet']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^usage: mapscope vet /);
  });

  it('writes SARIF 2.1.0 with UTF-16 columns, rule help and stable fingerprints', async () => {
    const dir = mkdtempSync(`${tmpdir()}/mapscope-`);
    // "é" is 2 UTF-8 bytes but 1 UTF-16 unit: go vet columns (bytes) and SARIF columns
    // (UTF-16) of m["a"] differ by one.
    writeFileSync(
      `${dir}/u.go`,
      'package u\n\nfunc f() {\n\tvar m map[string]int; _ = "é"; m["a"] = 1\n}\n',
    );
    const text = await run(['vet', dir], dir);
    expect(text.stderr).toMatch(/^\.\/u\.go:4:34: /);
    const r = await run(['vet', '--format=sarif', '.'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as Log;
    const sarifRun = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    for (const rule of sarifRun.tool.driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
    }
    const result = sarifRun.results![0]!;
    expect(result.ruleId).toBe('MH003');
    expect(result.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'u.go', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 33, endLine: 4, endColumn: 39 },
    });
    const again = JSON.parse((await run(['vet', '--format=sarif', '.'], dir)).stdout) as Log;
    expect(again.runs[0]!.results![0]!.partialFingerprints).toEqual(result.partialFingerprints);
  });

  it.each([
    [['vet', '--format=xml'], /invalid --format=xml/],
    [['vet', '--lang=1.21'], /invalid --lang=1.21/],
    [['vet', '--bogus'], /flag provided but not defined: -bogus/],
    [['vet', './does-not-exist'], /does-not-exist: no such file or directory/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['explore', 'x.go'], /^mapscope explore: x\.go: no such file or directory\n$/],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("reports no copy of a lock in copylocks' clean file, with std's types behind it", async () => {
    // `*newQueueBase[int](8)` is a call to a generic constructor, which syntax alone reads as
    // a conversion: vet's copylocks takes any call's result as fresh.
    const r = await run(['vet', './copylocks']);
    expect(r.stderr).toMatch(/flagged\.go/);
    expect(r.stderr).not.toMatch(/clean\.go/);
  });

  it('warns when a pattern matches no packages', async () => {
    const dir = mkdtempSync(`${tmpdir()}/mapscope-`);
    const r = await run(['vet', './...'], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'warning: "./..." matched no packages\n' });
  });
});

describe('mapscope tour', () => {
  it('shows each example with its findings and the recorded real-Go outcome', async () => {
    const r = await run(['tour']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./__snapshots__/tour.txt');
  });

  it.each(TOUR.map((s) => s.dir))(
    '%s: the recorded Go run belongs to the current source',
    (dir) => {
      const source = readFileSync(`${tourDir()}${dir}/main.go`);
      const run = parseRecordedRun(readFileSync(`${tourDir()}${dir}/go-run.golden`, 'utf8'));
      // If this fails, the example changed: re-record with `bash packages/cli/tour/record.sh`.
      expect(run.sourceSha256).toBe(createHash('sha256').update(source).digest('hex'));
    },
  );
});
