// Functions that can run plain (compile/sync.ts) give what Go gives, whether their goroutine
// runs alone (the plain twins run) or beside a runnable goroutine (the generators run):
// programs/plain-calls.stdout is Go's output (record-plain-calls.sh).
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/run.ts';
import { readProgram, useParser } from './support.ts';

const parser = useParser();
const read = readProgram;

describe('plain calls', () => {
  it('give Go’s results alone and beside another goroutine', () => {
    let js = '';
    const r = runProgram(parser(), [{ path: './main.go', source: read('plain-calls.go') }], {
      onCompiled: (source) => {
        js = source;
      },
    });
    expect(r).toEqual({ stdout: read('plain-calls.stdout'), stderr: '', exitCode: 0 });
    // The functions that can run plain have twins; those that cannot (closures, defer,
    // channel operations, interface calls) do not.
    const twins = [...js.matchAll(/^const (F_\w+)\$s = /gm)].map((m) =>
      (m[1] ?? '').replace(/_\d+$/, ''),
    );
    for (const f of ['fib', 'histogram', 'walk', 'move', 'dist', 'index']) {
      expect(twins).toContain(`F_main_${f}`);
    }
    for (const f of ['main', 'work', 'keys', 'safeIndex']) {
      expect(twins).not.toContain(`F_main_${f}`);
    }
  });

  it('stop at the step limit inside a plain loop', () => {
    const source = `package main

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() { println(sum(1 << 50)) }
`;
    const r = runProgram(parser(), [{ path: './main.go', source }], { maxSteps: 1000 });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('the run took more than 1000 scheduling points');
  });
});
