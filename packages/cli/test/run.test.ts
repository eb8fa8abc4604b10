import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunArgs } from '../src/commands/run.ts';
import { main } from '../src/main.ts';

// Each program's expected behaviour is what Go 1.19's `go build` + running the binary gives
// (go run adds "exit status N" and exits 1 for a failing program; mapscope run relays the
// program's own status, as the README says).

/** Writes files (relative path → source) into a fresh temporary directory. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(`${tmpdir()}/mapscope-run-`);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(`${root}/${path}`), { recursive: true });
    writeFileSync(`${root}/${path}`, source);
  }
  return root;
}

async function mapscope(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: { GREETING: 'hi' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const main_ = (body: string, imports: string[] = []) =>
  `package main\n\n${imports.map((i) => `import "${i}"\n`).join('')}\nfunc main() {\n${body}\n}\n`;

const HELLO = main_('\tfmt.Println("hello, world")', ['fmt']);

// Closures capture the loop variable: one variable before go1.22, one per iteration after.
const LOOPVAR = main_(
  [
    '\tvar fs []func() int',
    '\tfor i := 0; i < 3; i++ {',
    '\t\tfs = append(fs, func() int { return i })',
    '\t}',
    '\tfor _, f := range fs {',
    '\t\tfmt.Print(f(), " ")',
    '\t}',
    '\tfmt.Println()',
  ].join('\n'),
  ['fmt'],
);

describe('mapscope run', () => {
  it('prints the program output and exits 0', async () => {
    const dir = tree({ 'hello.go': HELLO });
    expect(await mapscope(['run', 'hello.go'], dir)).toEqual({
      code: 0,
      stdout: 'hello, world\n',
      stderr: '',
    });
  });

  it("exits with os.Exit's code, keeping what was printed before", async () => {
    const dir = tree({ 'exit.go': main_('\tfmt.Println("bye")\n\tos.Exit(3)', ['fmt', 'os']) });
    expect(await mapscope(['run', 'exit.go'], dir)).toEqual({
      code: 3,
      stdout: 'bye\n',
      stderr: '',
    });
  });

  it('reports an unrecovered panic on stderr and exits 2', async () => {
    const dir = tree({ 'nilmap.go': main_('\tvar m map[string]int\n\tm["a"] = 1') });
    const r = await mapscope(['run', 'nilmap.go'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^panic: assignment to entry in nil map\n/);
  });

  // Go 1.19: `go run bad.go` prints the compiler's errors under the package name and exits 2.
  it('reports compile errors as the go command does and exits 2', async () => {
    const dir = tree({ 'bad.go': 'package main\n\nfunc main() { x := 1 }\n' });
    const r = await mapscope(['run', 'bad.go'], dir);
    expect(r.stderr).toMatch(/^# command-line-arguments\n\.\/bad\.go:3:15: /);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('runs the non-test files of a directory, naming them as go does', async () => {
    const dir = tree({
      'app/main.go': main_('\tfmt.Println(greeting())', ['fmt']),
      'app/greet.go': 'package main\n\nfunc greeting() string { return "from two files" }\n',
      'app/main_test.go': 'package main\n\nfunc greeting() string { return "test" }\n',
      'broken/main.go': main_('\tundefined()'),
    });
    expect(await mapscope(['run', './app'], dir)).toEqual({
      code: 0,
      stdout: 'from two files\n',
      stderr: '',
    });
    expect((await mapscope(['run', 'broken'], dir)).stderr).toMatch(
      /^# command-line-arguments\nbroken\/main\.go:5:2: /,
    );
    expect((await mapscope(['run', `${dir}/broken`], `${dir}/app`)).stderr).toMatch(
      /\n\.\.\/broken\/main\.go:5:2: /,
    );
  });

  it('splits flags, the program and its arguments as go run does', () => {
    const split = (...argv: string[]) => {
      const r = parseRunArgs(argv);
      return r === 'help' ? r : [r.targets, r.programArgs];
    };
    expect(split('args.go', 'a', '-v', 'b')).toEqual([['args.go'], ['a', '-v', 'b']]);
    expect(split('--seed=2', 'args.go', '--', 'a', '-v')).toEqual([['args.go'], ['a', '-v']]);
    expect(split('--', 'a.go', 'b.go', 'x.go.txt', '--', '--')).toEqual([
      ['a.go', 'b.go'],
      ['x.go.txt', '--', '--'],
    ]);
    expect(split('--race', './cmd', '-h')).toEqual([['./cmd'], ['-h']]);
    expect(split('-h')).toBe('help');
    expect(parseRunArgs(['--seed', '7', '--max-steps=10', '--race', 'x.go'])).toMatchObject({
      options: { seed: 7, maxSteps: 10, race: true },
    });
  });

  it('gives the program the environment', async () => {
    const dir = tree({ 'env.go': main_('\tfmt.Println(os.Getenv("GREETING"))', ['fmt', 'os']) });
    expect(await mapscope(['run', 'env.go'], dir)).toEqual({ code: 0, stdout: 'hi\n', stderr: '' });
  });

  it('passes the arguments after the program as os.Args[1:]', async () => {
    const dir = tree({
      'args.go': main_('\tfmt.Println(len(os.Args), os.Args[1:])', ['fmt', 'os']),
    });
    expect(await mapscope(['run', 'args.go', 'a', '-v', 'b'], dir)).toEqual({
      code: 0,
      stdout: '4 [a -v b]\n',
      stderr: '',
    });
  });

  it('passes arguments and environment values as UTF-8 bytes', async () => {
    const dir = tree({
      'bytes.go': main_('\tfmt.Println(len(os.Args[1]), os.Args[1], len(os.Getenv("GREETING")))', [
        'fmt',
        'os',
      ]),
    });
    expect(await mapscope(['run', 'bytes.go', 'héllo, 世界'], dir)).toEqual({
      code: 0,
      stdout: '14 héllo, 世界 2\n',
      stderr: '',
    });
  });

  it("applies a directory's build constraints, but not those of files named on the command line", async () => {
    // Checked with go1.19.8 on linux/amd64: `go run .` prints "linux extra" here.
    const dir = tree({
      'app/go.mod': 'module app\n\ngo 1.19\n',
      'app/main.go': main_('\tfmt.Println(name(), extra)', ['fmt']),
      'app/name_linux.go': 'package main\n\nfunc name() string { return "linux" }\n',
      'app/name_windows.go': 'package main\n\nfunc name() string { return "windows" }\n',
      'app/extra.go':
        '//go:build go1.18 && !ignore && (amd64 || arm64) && unix && gc\n\npackage main\n\nvar extra = "extra"\n',
      'app/new.go': '//go:build go1.21\n\npackage main\n\nvar extra = "too new"\n',
      'app/gen.go': '//go:build ignore\n\npackage main\n\nfunc init() { panic("ignored") }\n',
      'tool/gen.go': `//go:build ignore\n\n${HELLO}`,
      'none/x_windows.go': HELLO,
    });
    expect(await mapscope(['run', './app'], dir)).toEqual({
      code: 0,
      stdout: 'linux extra\n',
      stderr: '',
    });
    expect(await mapscope(['run', 'tool/gen.go'], dir)).toEqual({
      code: 0,
      stdout: 'hello, world\n',
      stderr: '',
    });
    expect(await mapscope(['run', './none'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'mapscope run: build constraints exclude all Go files in none\n',
    });
  });

  it("takes the language version from --lang, else go.mod's go line, else go1.23", async () => {
    const dir = tree({
      'go.mod': 'module example.com/m\n\ngo 1.21\n',
      'cmd/loop/main.go': LOOPVAR,
    });
    expect((await mapscope(['run', './cmd/loop'], dir)).stdout).toBe('3 3 3 \n');
    expect((await mapscope(['run', 'main.go'], `${dir}/cmd/loop`)).stdout).toBe('3 3 3 \n');
    expect((await mapscope(['run', '--lang=go1.22', './cmd/loop'], dir)).stdout).toBe('0 1 2 \n');
    const loose = tree({ 'loop.go': LOOPVAR });
    expect((await mapscope(['run', 'loop.go'], loose)).stdout).toBe('0 1 2 \n');
    expect((await mapscope(['run', '--lang', 'go1.21', 'loop.go'], loose)).stdout).toBe('3 3 3 \n');
  });

  it('lets --lang decide which built-ins exist', async () => {
    const dir = tree({ 'min.go': main_('\tprintln(min(2, 1))') });
    const old = await mapscope(['run', '--lang=go1.20', 'min.go'], dir);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('requires go1.21 or later (-lang was set to go1.20');
    expect(await mapscope(['run', '--lang=go1.21', 'min.go'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '1\n',
    });
  });

  it.each([
    [['--lang=1.21', 'x.go'], /^mapscope run: invalid --lang=1.21: want a Go language version/],
    [['--lang=go1.21.3', 'x.go'], /invalid --lang=go1.21.3/],
    [['--lang=go2', 'x.go'], /invalid --lang=go2/],
    [['--lang'], /flag needs an argument: -lang/],
    [['--seed=-1', 'x.go'], /invalid --seed=-1/],
    [['--max-steps=0', 'x.go'], /invalid --max-steps=0/],
    [['--bogus', 'x.go'], /flag provided but not defined: -bogus/],
    [[], /no go files listed/],
  ])('run %j is a usage error: exit 2 with the usage text', async (argv, message) => {
    const r = await mapscope(['run', ...argv], tree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: mapscope run ');
  });

  it.each([
    [['nope.go'], 'mapscope run: nope.go: no such file or directory\n'],
    [['notes.txt'], 'mapscope run: notes.txt: not a .go file\n'],
    [['x_test.go'], 'mapscope run: cannot run *_test.go files (x_test.go)\n'],
    [
      ['a/a.go', 'b/b.go'],
      'mapscope run: named files must all be in one directory; have a and b\n',
    ],
    [['./...'], 'mapscope run: ./...: mapscope run takes one package, not a pattern\n'],
  ])('run %j: nothing to run, exit 1 naming the path', async (argv, message) => {
    const dir = tree({ 'notes.txt': 'hi\n', 'x_test.go': HELLO, 'a/a.go': HELLO, 'b/b.go': HELLO });
    expect(await mapscope(['run', ...argv], dir)).toEqual({ code: 1, stdout: '', stderr: message });
  });

  it('says so when a directory has no Go files to run', async () => {
    const dir = tree({ 'empty/README': 'x\n', 'tests/x_test.go': HELLO });
    const empty = await mapscope(['run', './empty'], dir);
    expect(empty).toEqual({
      code: 1,
      stdout: '',
      stderr: `mapscope run: no Go files in ${dir}/empty\n`,
    });
    const tests = await mapscope(['run', './tests'], dir);
    expect(tests.code).toBe(1);
    expect(tests.stderr).toBe(`mapscope run: no non-test Go files in ${dir}/tests\n`);
  });

  it('prints the output as the program writes it, in order, and runs in the current directory', async () => {
    const dir = tree({
      'data.txt': 'from a file\n',
      'main.go': main_(
        [
          '\tfmt.Print("a ")',
          '\tfmt.Fprint(os.Stderr, "b ")',
          '\tdata, err := os.ReadFile("data.txt")',
          '\tfmt.Print(string(data), err)',
          '\tpanic("c")',
        ].join('\n'),
        ['fmt', 'os'],
      ),
    });
    const writes: string[] = [];
    const code = await main(['run', 'main.go'], {
      cwd: dir,
      env: {},
      stdout: (t) => writes.push(`1:${t}`),
      stderr: (t) => writes.push(`2:${t}`),
    });
    expect(code).toBe(2);
    expect(writes.slice(0, 4)).toEqual([
      '1:a ',
      '2:b ',
      '1:from a file\n<nil>',
      '2:panic: c\n\ngoroutine 1 [running]:\nmain.main()\n\t' + `${dir}/main.go:11\n`,
    ]);
  });

  it('prints its usage for --help and help run', async () => {
    for (const argv of [
      ['run', '--help'],
      ['help', 'run'],
    ]) {
      const r = await mapscope(argv, tree({}));
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^usage: mapscope run /);
    }
  });
});

describe('mapscope version', () => {
  it('says which map implementation the runtime models for which Go version', async () => {
    const r = await mapscope(['version'], tree({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^mapscope \d+\.\d+\.\d+\n/);
    expect(r.stdout).toContain(
      'maps: classic hmap (Go 1.19–1.23) modelled; Swiss table (Go 1.24+) not modelled yet, ' +
        'so go1.24+ programs run on the classic hmap\n',
    );
  });
});
