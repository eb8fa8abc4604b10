import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommandLine } from '../src/commands/explore.ts';
import type { ExploreJson } from '../src/format/explore-json.ts';
import { main } from '../src/main.ts';
import type { CommandIO } from '../src/main.ts';
import { progressText } from '../src/progress.ts';

// These tests run the search on the calling thread (no worker hooks), with the interpreter's
// TypeScript sources; the worker pool itself is tested in the interpreter package.

/** Writes files (relative path → source) into a fresh temporary directory. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(`${tmpdir()}/mapscope-explore-`);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(`${root}/${path}`), { recursive: true });
    writeFileSync(`${root}/${path}`, source);
  }
  return root;
}

async function mapscope(argv: string[], cwd: string, extra: Partial<CommandIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...extra,
  });
  return { code, stdout, stderr };
}

// Two goroutines each write one key of one map: either the writes do not overlap (len 2), or
// one meets the other's hashWriting flag and the runtime throws.
const WRITERS = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		m[1] = 1
		wg.Done()
	}()
	go func() {
		m[2] = 2
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m))
}
`;

// A correct program: one goroutine, one outcome.
const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n';

/** The text report without its elapsed time (the only part that varies between runs). */
function steady(text: string): string {
  return text.replace(/ in \d+(\.\d+)? s:/, ' in T s:');
}

describe('mapscope explore', () => {
  it('reports both outcomes of two unsynchronized map writers, with replay commands', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const r = await mapscope(['explore', '--strategy=dpor', 'writers.go'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^explored \d+ schedules \(dpor\) in \d+\.\d+ s: every schedule was run$/,
    );
    expect(lines[1]).toBe('2 outcomes:');
    expect(r.stdout).toMatch(
      /\n1\. exit status 0 · \d+ schedules \(\d+(\.\d)?%\)\n {3}stdout: "2\\n"\n/,
    );
    expect(r.stdout).toMatch(/\n2\. fatal error: concurrent map writes · \d+ schedules? \(/);
    expect(r.stdout).toMatch(/\n {3}goroutine \d+ at writers\.go:\d+ \(map assign/);
    const replays = lines.filter((l) => l.startsWith('   replay: '));
    expect(replays).toHaveLength(2);
    for (const l of replays) {
      expect(l).toMatch(/^ {3}replay: mapscope replay ms2\.[\w-]+ writers\.go$/);
    }
    await expect(steady(r.stdout)).toMatchFileSnapshot('./__snapshots__/explore-writers.txt');
  });

  it('writes the report as JSON', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const r = await mapscope(['explore', '--json', '--strategy=dpor', 'writers.go'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ExploreJson;
    expect(Object.keys(report)).toEqual([
      'schedules',
      'complete',
      'strategy',
      'stopped',
      'elapsedMs',
      'outcomes',
    ]);
    expect(report).toMatchObject({ complete: true, strategy: 'dpor', stopped: 'exhausted' });
    expect(report.outcomes.map((o) => [o.exitCode, o.stdout, o.stderr.split('\n')[0]])).toEqual([
      [0, '2\n', ''],
      [2, '', 'fatal error: concurrent map writes'],
    ]);
    const [first] = report.outcomes;
    expect(Object.keys(first ?? {})).toEqual([
      'exitCode',
      'stdout',
      'stderr',
      'count',
      'replay',
      'races',
      'leaked',
      'crash',
      'firstSchedule',
      'firstFoundMs',
    ]);
    expect(report.outcomes.reduce((n, o) => n + o.count, 0)).toBe(report.schedules);
    expect(report.outcomes.every((o) => o.races.length === 0 && o.leaked.length === 0)).toBe(true);
  });

  it('replays each outcome: the same stdout, stderr and exit status', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const r = await mapscope(['explore', '--json', '--strategy=dpor', 'writers.go'], dir);
    const report = JSON.parse(r.stdout) as ExploreJson;
    for (const o of report.outcomes) {
      expect(await mapscope(['replay', o.replay, 'writers.go'], dir)).toEqual({
        code: o.exitCode,
        stdout: o.stdout,
        stderr: o.stderr,
      });
    }
  });

  it('replays with a trace of every step, marking goroutine switches and map states', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const explored = await mapscope(['explore', '--json', '--strategy=dpor', 'writers.go'], dir);
    const crash = (JSON.parse(explored.stdout) as ExploreJson).outcomes[1];
    expect(crash).toBeDefined();
    const token = crash?.replay ?? '';
    const r = await mapscope(['replay', '--trace', token, 'writers.go'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [header, ...steps] = r.stderr.split('\n');
    expect(header).toMatch(/^\s+step {2}goroutine {2}function\s+position\s+operation$/);
    expect(steps[0]).toMatch(/^ +1 {2}1 /);
    expect(r.stderr).toMatch(/\n→ +\d+ {2}\d+ /);
    expect(r.stderr).toMatch(/\[map 0x[0-9a-f]+: count=\d+ B=\d+/);
    expect(r.stderr).toMatch(/flags=hashWriting/);
    expect(r.stderr).toMatch(/\nfatal error: concurrent map writes\n/);
    const json = await mapscope(['replay', '--json', '--trace', token, 'writers.go'], dir);
    const replayed = JSON.parse(json.stdout) as {
      run: { exitCode: number; token: string };
      trace: { step: number; switched: boolean }[];
    };
    expect(json.code).toBe(2);
    expect(replayed.run).toMatchObject({ exitCode: 2, token });
    expect(replayed.trace.map((s) => s.step)).toEqual(replayed.trace.map((_, i) => i + 1));
    expect(replayed.trace.some((s) => s.switched)).toBe(true);
    const plain = await mapscope(['replay', '--json', token, 'writers.go'], dir);
    expect((JSON.parse(plain.stdout) as { trace: unknown }).trace).toBeNull();
  });

  it('says when a token does not fit the program, and exits 2', async () => {
    const dir = tree({ 'writers.go': WRITERS, 'hello.go': HELLO });
    for (const token of ['ms1.____', 'ms1.f39_']) {
      const r = await mapscope(['replay', token, 'writers.go'], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^mapscope replay: .*token/);
      expect(r.stderr).toContain('Replay with the files, --lang, --race');
    }
  });

  it('finds the same outcomes and counts on one or two shards (random and pct)', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    for (const strategy of ['random', 'pct']) {
      const outcomes = async (workers: number) => {
        const r = await mapscope(
          [
            'explore',
            '--json',
            `--strategy=${strategy}`,
            '--budget=60',
            `--workers=${workers}`,
            'writers.go',
          ],
          dir,
        );
        const report = JSON.parse(r.stdout) as ExploreJson;
        expect(report.schedules).toBe(60);
        expect(report.complete).toBe(false);
        return report.outcomes.map((o) => [
          o.exitCode,
          o.stdout,
          o.count,
          o.replay,
          o.firstSchedule,
        ]);
      };
      const one = await outcomes(1);
      // Random choices find both outcomes in 60 schedules (PCT's count depends on its tuning).
      expect(one.length).toBeGreaterThan(strategy === 'random' ? 1 : 0);
      expect(await outcomes(2)).toEqual(one);
    }
  });

  it('says why an incomplete search stopped', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const r = await mapscope(['explore', '--strategy=random', '--budget=5', 'writers.go'], dir);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^explored 5 schedules \(random\) in \d+\.\d+ s: stopped at the budget of 5 schedules; other schedules may have other outcomes$/,
    );
  });

  it('stops at the time limit and says so', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const argv = ['--strategy=random', '--budget=100000000', '--time=0.2', 'writers.go'];
    const r = await mapscope(['explore', '--workers=1', ...argv], dir);
    expect(r.stdout.split('\n')[0]).toMatch(
      /: stopped at the time limit of 0\.2 s; other schedules may have other outcomes$/,
    );
  });

  it('names the limit that stopped a schedule of a program that never ends', async () => {
    const dir = tree({
      'spin.go':
        'package main\n\nfunc main() {\n\tx := 0\n\tgo func() { x++ }()\n\tfor {\n\t\tx++\n\t}\n}\n',
    });
    const argv = ['--strategy=random', '--budget=2', '--max-steps=2000', 'spin.go'];
    const r = await mapscope(['explore', ...argv], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '1. mapscope: stopped: the run took more than 2000 scheduling points (a livelock or a very long program) (raise it with --max-steps) · 2 schedules (100%)',
    );
  });

  it('shows data races with --race, and replays them with --race', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    const r = await mapscope(['explore', '--race', '--strategy=dpor', 'writers.go'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /\n {3}data race: write by goroutine \d+ at writers\.go:\d+ in main\.main\.func\d\n {9}and previous write by goroutine \d+ at writers\.go:\d+ in main\.main\.func\d\n {3}\(the full report: replay it, or --json\)\n/,
    );
    expect(r.stdout).toMatch(/\n {3}replay: mapscope replay --race ms2\.[\w-]+ writers\.go\n/);
    const json = await mapscope(
      ['explore', '--json', '--race', '--strategy=dpor', 'writers.go'],
      dir,
    );
    const raced = (JSON.parse(json.stdout) as ExploreJson).outcomes.find((o) => o.races.length > 0);
    expect(raced?.stderr).toContain('WARNING: DATA RACE');
    expect(await mapscope(['replay', '--race', raced?.replay ?? '', 'writers.go'], dir)).toEqual({
      code: raced?.exitCode,
      stdout: raced?.stdout,
      stderr: raced?.stderr,
    });
  });

  it('lists leaked goroutines', async () => {
    // Two senders, one receive: whichever send is not received blocks forever.
    const dir = tree({
      'leak.go':
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tc := make(chan int)\n' +
        '\tgo func() { c <- 1 }()\n\tgo func() { c <- 2 }()\n\tfmt.Println(<-c)\n}\n',
    });
    const r = await mapscope(['explore', '--strategy=dpor', 'leak.go'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /\n\d\. exit status 0, 1 goroutine leaked · \d+ schedules? \(.*\n {3}1 goroutine leaked: goroutine \d+ \[chan send\]\n/,
    );
  });

  it('exits 0 when every outcome is a clean exit', async () => {
    const dir = tree({ 'hello.go': HELLO });
    const r = await mapscope(['explore', 'hello.go'], dir);
    expect(r.code).toBe(0);
    expect(steady(r.stdout)).toMatch(
      /^explored 1 schedule \(\w+\) in T s: every schedule was run\n1 outcome:\n\n1\. exit status 0 · 1 schedule \(100%\)\n {3}stdout: "hello\\n"\n {3}replay: mapscope replay ms2\.[\w-]* hello\.go\n$/,
    );
  });

  it('prints compile errors as mapscope run does, and exits 2', async () => {
    const dir = tree({ 'bad.go': 'package main\n\nfunc main() { x := 1 }\n' });
    for (const command of ['explore', 'replay ms1.AA']) {
      const r = await mapscope([...command.split(' '), 'bad.go'], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^# command-line-arguments\n\.\/bad\.go:3:15: /);
    }
  });

  it('draws a progress line on a terminal, erased at the end', async () => {
    const dir = tree({ 'writers.go': WRITERS });
    let t = 0;
    const now = () => (t += 150);
    const argv = ['explore', '--strategy=random', '--budget=40', '--workers=1', 'writers.go'];
    const tty = await mapscope(argv, dir, { stderrIsTTY: true, now });
    const erase = '\r\u001b[K';
    expect(tty.stderr.startsWith(erase)).toBe(true);
    expect(tty.stderr.slice(erase.length)).toMatch(
      /^exploring \[[#-]{20}\] \d+\/40 schedules · \d+ outcomes? · /,
    );
    expect(tty.stderr.endsWith(erase)).toBe(true);
    const plain = await mapscope(argv, dir, { now });
    expect(plain.stderr).toBe('');
    expect(steady(plain.stdout)).toBe(steady(tty.stdout));
  });

  it.each([
    [['--strategy=bfs', 'x.go'], /invalid --strategy=bfs: want one of auto, dpor, pct, random/],
    [['--budget=0', 'x.go'], /invalid --budget=0: want an integer ≥ 1/],
    [['--time=0', 'x.go'], /invalid --time=0: want a number of seconds > 0/],
    [['--time=1s', 'x.go'], /invalid --time=1s/],
    [['--workers=0', 'x.go'], /invalid --workers=0/],
    [['--depth=0', 'x.go'], /invalid --depth=0/],
    [
      ['--strategy=dpor', '--depth=2', 'x.go'],
      /--depth applies to --strategy=pct, not --strategy=dpor/,
    ],
    [
      ['--strategy=pct', '--preemption-bound=1', 'x.go'],
      /--preemption-bound applies to --strategy=dpor/,
    ],
    [['--strategy=dpor', '--seed=3', 'x.go'], /--seed applies to --strategy=pct or random/],
    [['--lang=1.21', 'x.go'], /invalid --lang=1.21/],
    [['--trace', 'x.go'], /flag provided but not defined: -trace/],
    [[], /no go files listed/],
  ])('explore %j is a usage error: exit 2 with the usage text', async (argv, message) => {
    const r = await mapscope(['explore', ...argv], tree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: mapscope explore ');
  });

  it.each([
    [[], /no replay token given/],
    [['x.go'], /x\.go is not a replay token/],
    [['ms1.AA'], /no go files listed/],
    [['--budget=3', 'ms1.AA', 'x.go'], /flag provided but not defined: -budget/],
  ])('replay %j is a usage error: exit 2 with the usage text', async (argv, message) => {
    const r = await mapscope(['replay', ...argv], tree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: mapscope replay ');
  });

  it('reports nothing to explore (exit 2) or replay (exit 1, as run)', async () => {
    const dir = tree({});
    expect(await mapscope(['explore', 'nope.go'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mapscope explore: nope.go: no such file or directory\n',
    });
    expect(await mapscope(['replay', 'ms1.AA', 'nope.go'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'mapscope replay: nope.go: no such file or directory\n',
    });
  });

  it('prints its usage for --help and help explore / help replay', async () => {
    for (const name of ['explore', 'replay']) {
      for (const argv of [
        [name, '--help'],
        ['help', name],
      ]) {
        const r = await mapscope(argv, tree({}));
        expect(r).toMatchObject({ code: 0, stderr: '' });
        expect(r.stdout).toMatch(new RegExp(`^usage: mapscope ${name} `));
      }
    }
  });
});

describe('the replay command line', () => {
  it('repeats the files as typed, the flags that change the program, and its arguments', () => {
    const request = { lang: undefined, race: false, maxSteps: undefined, programArgs: [] };
    expect(replayCommandLine('ms1.AB', { ...request, targets: ['./cmd/app'] })).toBe(
      'mapscope replay ms1.AB ./cmd/app',
    );
    expect(
      replayCommandLine('ms1.AB', {
        lang: 'go1.21',
        race: true,
        maxSteps: 500,
        targets: ['a.go', 'my file.go'],
        programArgs: ['-v', "it's"],
      }),
    ).toBe(
      `mapscope replay --lang=go1.21 --race --max-steps=500 ms1.AB a.go 'my file.go' -- -v 'it'\\''s'`,
    );
  });
});

describe('the progress line', () => {
  it('shows schedules against the budget, outcomes and the rate', () => {
    expect(progressText({ schedules: 2500, outcomes: 2 }, 2000, 10_000)).toBe(
      'exploring [#####---------------] 2,500/10,000 schedules · 2 outcomes · 1,250/s',
    );
    expect(progressText({ schedules: 1, outcomes: 1 }, 0)).toBe(
      'exploring: 1 schedule · 1 outcome',
    );
  });
});
