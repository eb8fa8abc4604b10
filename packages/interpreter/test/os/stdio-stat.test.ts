// os.Stdin.Stat() and friends say what the standard streams are, as Go's do: a program that
// reads piped input only when stdin is not a terminal must see the pipe.
import { describe, expect, it } from 'vitest';
import { MemFileSystem } from '../../src/os/memfs.ts';
import { runProgram } from '../../src/run.ts';
import { useParser } from '../language/support.ts';

const parser = useParser();

const program = `package main

import (
	"fmt"
	"os"
)

func main() {
	for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
		fi, err := f.Stat()
		fmt.Println(err, fi.Mode()&os.ModeCharDevice != 0, fi.Mode()&os.ModeNamedPipe != 0, fi.Mode().IsRegular())
	}
}
`;

describe('the standard streams', () => {
  it('are what the command says they are (a background runner runs the program)', () => {
    const fifo = { mode: 0o10600, size: 0 };
    const file = { mode: 0o100644, size: 12 };
    const r = runProgram(parser(), [{ path: './main.go', source: program }], {
      stdio: [fifo, file, null],
    });
    // A pipe, a regular file, and unknown (a terminal).
    expect(r.stdout).toBe(
      '<nil> false true false\n<nil> false false true\n<nil> true false false\n',
    );
  });

  it('stdin given as bytes comes through a pipe, in memory too', () => {
    const r = runProgram(parser(), [{ path: './main.go', source: program }], { stdin: 'x\n' });
    expect(r.stdout.split('\n')[0]).toBe('<nil> false true false');
    const mem = new MemFileSystem({ stdin: new Uint8Array([1]) });
    expect(mem.stdioStat(0)?.mode).toBe(0o10600);
    expect(new MemFileSystem().stdioStat(0)).toBeNull(); // a terminal
  });
});
