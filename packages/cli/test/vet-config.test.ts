// mapscope vet's configuration file (.mapscope.yaml) and --new-from-rev.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../src/changed-lines.ts';
import { main } from '../src/main.ts';
import { ConfigError, parseConfig } from '../src/vet-config.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(`${tmpdir()}/mapscope-vet-config-`);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(`${root}/${path}`), { recursive: true });
    writeFileSync(`${root}/${path}`, source);
  }
  return root;
}

async function vet(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['vet', ...argv], {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const GO_MOD = 'module example.com/m\n\ngo 1.21\n';
// One nil-map write (MH003) and one loop-variable address in a map (MH004).
const TWO_FINDINGS = `package m

func f() {
	var m map[string]int
	m["a"] = 1
}

func g(xs []int) map[int]*int {
	out := map[int]*int{}
	for i, x := range xs {
		out[i] = &x
	}
	return out
}
`;

describe('.mapscope.yaml', () => {
  it('turns a rule off, by id or by name, and changes a severity', async () => {
    const dir = tree({ 'go.mod': GO_MOD, 'm.go': TWO_FINDINGS });
    const all = await vet(['--format=json', '.'], dir);
    expect(all.stdout).toContain('"MH003"');
    expect(all.stdout).toContain('"MH004"');

    writeFileSync(`${dir}/.mapscope.yaml`, 'rules:\n  MH004: off\n  nil-map-write: warning\n');
    const some = await vet(['--format=json', '.'], dir);
    expect(some.stdout).not.toContain('"MH004"');
    expect(some.stdout).toMatch(
      /"rule": "MH003"[\s\S]*"level": "warning"|"level": "warning"[\s\S]*"rule": "MH003"/,
    );
  });

  it('is found in a parent directory, or named with --config', async () => {
    const dir = tree({
      'go.mod': GO_MOD,
      'sub/m.go': TWO_FINDINGS,
      '.mapscope.yaml': 'rules:\n  MH003: off\n',
      'other.yaml': 'rules:\n  loopvar-address-in-map: off\n',
    });
    const up = await vet(['--format=json', '.'], `${dir}/sub`);
    expect([up.stdout.includes('"MH003"'), up.stdout.includes('"MH004"')]).toEqual([false, true]);
    const named = await vet(['--format=json', '--config=../other.yaml', '.'], `${dir}/sub`);
    expect([named.stdout.includes('"MH003"'), named.stdout.includes('"MH004"')]).toEqual([
      true,
      false,
    ]);
  });

  it('names the file, line and column of a mistake, and exits 2', async () => {
    const dir = tree({
      'go.mod': GO_MOD,
      'm.go': TWO_FINDINGS,
      '.mapscope.yaml': 'rules:\n  MH003: loud\n',
    });
    expect(await vet(['.'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mapscope vet: .mapscope.yaml:2:10: MH003: want one of on, off, error, warning\n',
    });
  });

  it.each([
    ['rules:\n  MH999: off\n', /^x\.yaml:2:3: unknown rule "MH999"/],
    ['rule:\n  MH003: off\n', /^x\.yaml:1:1: unknown key "rule"/],
    ['rules: [MH003]\n', /^x\.yaml:1:8: rules: wants a mapping/],
    ['rules:\n  MH003: off\n  MH003: on\n', /^x\.yaml:3:3: Map keys must be unique/],
    ['- a\n', /^x\.yaml:1:1: want a mapping with a rules: key/],
  ])('rejects %j', (text, message) => {
    expect(() => parseConfig(text, 'x.yaml')).toThrow(ConfigError);
    expect(() => parseConfig(text, 'x.yaml')).toThrow(message);
  });

  it('accepts an empty file and YAML booleans', () => {
    expect(parseConfig('', 'x.yaml').rules.size).toBe(0);
    expect([...parseConfig('rules:\n  MH003: false\n  MH004: true\n', 'x.yaml').rules]).toEqual([
      ['MH003', 'off'],
      ['MH004', 'on'],
    ]);
  });
});

describe('--new-from-rev', () => {
  const git = (dir: string, ...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });

  it('reports only findings on lines changed since the revision, and in new files', async () => {
    const old = 'package m\n\nfunc f() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n';
    const dir = tree({ 'go.mod': GO_MOD, 'old.go': old });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    // A new finding in the committed file, and a new untracked file with one.
    writeFileSync(`${dir}/old.go`, `${old}\nfunc h() {\n\tvar n map[int]int\n\tn[1] = 2\n}\n`);
    writeFileSync(`${dir}/new.go`, 'package m\n\nfunc k() {\n\tvar p map[int]int\n\tp[1] = 2\n}\n');
    const all = await vet(['.'], dir);
    expect(all.stderr.match(/MH003/g)).toHaveLength(3);
    const fresh = await vet(['--new-from-rev=HEAD', '.'], dir);
    expect(fresh.code).toBe(1);
    // The finding on old.go's unchanged line 5 is left out.
    expect(fresh.stderr.split('\n').map((l) => l.split(': ')[0])).toEqual([
      './new.go:5:2',
      './old.go:10:2',
      '',
    ]);
  });

  it('says when the revision is unknown or the directory is not a repository (exit 2)', async () => {
    const dir = tree({ 'go.mod': GO_MOD, 'm.go': TWO_FINDINGS });
    const outside = await vet(['--new-from-rev=HEAD', '.'], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(
      /^mapscope vet: --new-from-rev=HEAD: git rev-parse: fatal: not a git repository/,
    );
    git(dir, 'init', '-q');
    const unknown = await vet(['--new-from-rev=nope', '.'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^mapscope vet: --new-from-rev=nope: git diff: fatal: /);
  });

  it('reads the new side of each hunk of a unified diff', () => {
    const diff = [
      'diff --git a/x.go b/x.go',
      '--- a/x.go',
      '+++ b/x.go',
      '@@ -3 +3 @@ func f() {',
      '@@ -10,2 +11,3 @@',
      '@@ -20,4 +24,0 @@',
      'diff --git a/gone.go b/gone.go',
      '--- a/gone.go',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
    ].join('\n');
    const changed = parseUnifiedDiff(diff, '/r');
    expect([...changed.keys()]).toEqual(['/r/x.go']);
    expect([...(changed.get('/r/x.go') as Set<number>)]).toEqual([3, 11, 12, 13]);
  });
});

describe('--confirm', () => {
  it('marks the findings a failing schedule reproduces, with its replay command', async () => {
    const dir = tree({
      'go.mod': GO_MOD,
      '.mapscope.yaml': 'rules:\n  MH006: on\n',
      'main.go': `package main

import "fmt"

func main() {
	inboxes := map[string]chan string{}
	var seen map[string]bool
	ch := inboxes["bo"]
	go func() { ch <- "hi" }()
	fmt.Println(len(seen))
	seen["bo"] = true
}
`,
    });
    const r = await vet(['--confirm', '.'], dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The nil-map write panics in every schedule; the goroutine sending on the nil channel
    // leaks in every schedule where main gets that far first — or main panics first.
    expect(lines[1]).toMatch(
      /^\.\/main\.go:11:2: .* \(MH003\) \[confirmed: panic: assignment to entry in nil map; mapscope replay ms2\.[\w-]+ \.\]$/,
    );
    expect(lines[0]).toMatch(/^\.\/main\.go:9:14: .* \(MH006\)/);
  });

  it('confirms a goroutine leak at the go statement whose goroutine stays blocked', async () => {
    const dir = tree({
      'go.mod': GO_MOD,
      'main.go': `package main

import (
	"errors"
	"fmt"
)

func fetch(fail bool) (string, error) {
	ch := make(chan string)
	go func() {
		v := "done"
		ch <- v
	}()
	if fail {
		return "", errors.New("gave up")
	}
	return <-ch, nil
}

func main() {
	for i := 0; i < 2; i++ {
		_, err := fetch(true)
		fmt.Println(err)
	}
}
`,
    });
    const r = await vet(['--confirm', '.'], dir);
    expect(r.code).toBe(1);
    // The leaked goroutines (one per call) are blocked at line 12, inside the go statement
    // reported at 10: main calls fetch in a loop, so each call leaves one behind.
    expect(r.stderr.trimEnd()).toMatch(
      /^\.\/main\.go:10:2: goroutine leak: .* \(MH013\) \[confirmed: exit status 0, 2 goroutines leaked; mapscope replay ms2\.[\w-]+ \.\]$/,
    );
  });

  it('says when a package cannot be run, and reports its findings as usual', async () => {
    const dir = tree({ 'go.mod': GO_MOD, 'm.go': TWO_FINDINGS });
    const r = await vet(['--confirm', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mapscope vet --confirm: \.: not confirmed: .*not a main package/);
    expect(r.stderr).not.toContain('[confirmed');
  });
});
