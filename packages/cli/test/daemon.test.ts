// The background runner as a user meets it: the built command, run after run. The first run
// starts the runner; later ones go through it, with the command's arguments, environment,
// directory and standard input, and give what a run in the command's own process gives.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mapscope-daemon-test-'));
// INIT_CWD (set by pnpm) would stand for the directory the command runs in.
const { INIT_CWD: _, ...inherited } = process.env;
const env = { ...inherited, MAPSCOPE_DAEMON_DIR: join(dir, 'sock'), MAPSCOPE_DAEMON: 'on' };

interface Ran {
  readonly stdout: string;
  /** Its stdout as bytes. */
  readonly bytes: Buffer;
  readonly stderr: string;
  readonly code: number | null;
  /** The command's process id. */
  readonly pid: number | undefined;
}

function mapscope(args: readonly string[], input = '', extra: object = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, ...args], { cwd: dir, env: { ...env, ...extra } });
    const out: Buffer[] = [];
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const bytes = Buffer.concat(out);
      resolve({ stdout: bytes.toString(), bytes, stderr, code, pid: p.pid });
    });
    p.stdin.end(input);
  });
}

const program = `package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	data, err := os.ReadFile("note.txt")
	fmt.Println(strings.TrimSpace(string(data)), err, os.Args[1:], os.Getenv("GREETING"))
	s := bufio.NewScanner(os.Stdin)
	for s.Scan() {
		fmt.Println("read", s.Text())
	}
	if len(os.Args) > 2 {
		var m map[string]int
		m["x"] = 1
	}
}
`;

afterAll(async () => {
  await mapscope(['daemon', 'stop']);
  rmSync(dir, { recursive: true, force: true });
});

describe('the background runner', () => {
  it('runs programs after the first as the command itself runs them', async () => {
    writeFileSync(join(dir, 'main.go'), program);
    mkdirSync(join(dir, 'pid'));
    writeFileSync(join(dir, 'note.txt'), 'a note\n');
    const expected = 'a note <nil> [x] hello\nread one\nread two\n';
    const first = await mapscope(['run', 'main.go', 'x'], 'one\ntwo\n', { GREETING: 'hello' });
    expect(first).toMatchObject({ stdout: expected, stderr: '', code: 0 });
    // The first run started the runner: wait until it answers (a bounded number of polls).
    let status = '';
    for (let i = 0; i < 300 && !status.startsWith('running'); i++) {
      status = (await mapscope(['daemon', 'status'])).stdout;
    }
    expect(status).toMatch(/^running: pid \d+, 0 programs run/);
    const second = await mapscope(['run', 'main.go', 'x'], 'one\ntwo\n', { GREETING: 'hello' });
    expect({ ...second, pid: 0 }).toEqual({ ...first, pid: 0 });
    const failing = await mapscope(['run', 'main.go', 'x', 'y'], '', { GREETING: 'hello' });
    expect(failing.code).toBe(2);
    expect(failing.stdout).toBe('a note <nil> [x y] hello\n');
    expect(failing.stderr).toMatch(
      /^panic: assignment to entry in nil map\n\ngoroutine 1 \[running\]:\nmain\.main\(\)\n\t.*main\.go:19\n/,
    );
    expect((await mapscope(['daemon', 'status'])).stdout).toMatch(
      /^running: pid \d+, 2 programs run/,
    );
    // The program is the command's process, and its standard streams are the command's: as a
    // run in the command's own process sees them.
    writeFileSync(
      join(dir, 'pid', 'main.go'),
      'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfi, _ := os.Stdin.Stat()\n\tfo, _ := os.Stdout.Stat()\n\tfmt.Println(os.Getpid(), fi.Mode().Type(), fo.Mode().Type())\n}\n',
    );
    const here = await mapscope(['run', 'pid/main.go'], 'piped\n', { MAPSCOPE_DAEMON: 'off' });
    const there = await mapscope(['run', 'pid/main.go'], 'piped\n');
    expect(here.stdout).toMatch(new RegExp(`^${String(here.pid)} `));
    expect(there.stdout).toBe(here.stdout.replace(/^\d+/, String(there.pid)));
    expect((await mapscope(['daemon', 'status'])).stdout).toMatch(/, 3 programs run/);
    // Go's output is bytes, UTF-8 or not, a character split across writes or not.
    writeFileSync(
      join(dir, 'pid', 'main.go'),
      "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Stdout.Write([]byte{0xff, 0xfe, 0, 0x80, 'a', 0xc3})\n\tos.Stdout.Write([]byte{0xa9, '\\n'})\n}\n",
    );
    const bytes = Buffer.from([0xff, 0xfe, 0, 0x80, 0x61, 0xc3, 0xa9, 0x0a]);
    expect((await mapscope(['run', 'pid/main.go'], '', { MAPSCOPE_DAEMON: 'off' })).bytes).toEqual(
      bytes,
    );
    expect((await mapscope(['run', 'pid/main.go'])).bytes).toEqual(bytes);
    expect((await mapscope(['daemon', 'stop'])).stdout).toBe('stopped\n');
  }, 240_000);

  it('is not used with MAPSCOPE_DAEMON=off', async () => {
    const r = await mapscope(['daemon', 'status'], '', { MAPSCOPE_DAEMON: 'off' });
    expect(r.stdout).toBe('no background runner: MAPSCOPE_DAEMON=off\n');
  });
});
