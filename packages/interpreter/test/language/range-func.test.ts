// Range over functions (go1.23), compiled as the loop body's yield function.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/run.ts';
import { readProgram, useParser } from './support.ts';

const parser = useParser();
const read = readProgram;

describe('range over func', () => {
  it('runs the body as yield: returns, breaks and continues out of it, defers in it', () => {
    // The expected output, by the spec: a return in the body makes yield return false (the
    // iterator prints "stopped at"), then the function returns and runs the body's defers
    // (LIFO) before the closure deferred first; `continue outer` stops the inner iterator
    // and resumes the outer one; an iterator that calls yield after false panics.
    const r = runProgram(parser(), [{ path: './range-func.go', source: read('range-func.go') }], {
      goMinor: 23,
    });
    expect(r).toEqual({ stdout: read('range-func.expected'), stderr: '', exitCode: 0 });
  });

  it('needs go1.23, and reports no unused import beside it', () => {
    const src =
      'package main\n\nimport "fmt"\n\nfunc seq(yield func(int) bool) { yield(1) }\n\nfunc main() {\n\tfor x := range seq {\n\t\tfmt.Println(x)\n\t}\n}\n';
    const r = runProgram(parser(), [{ path: './main.go', source: src }], { goMinor: 22 });
    expect(r.stderr).toBe(
      '# command-line-arguments\n./main.go:8:17: cannot range over seq (value of type func(yield func(int) bool)): requires go1.23 or later (-lang was set to go1.22; check go.mod)\n',
    );
    expect(runProgram(parser(), [{ path: './main.go', source: src }], { goMinor: 23 }).stdout).toBe(
      '1\n',
    );
  });

  it('allows only as many iteration variables as yield has parameters', () => {
    const src =
      'package main\n\nfunc seq(yield func() bool) {}\n\nfunc main() {\n\tfor x := range seq {\n\t\t_ = x\n\t}\n}\n';
    const r = runProgram(parser(), [{ path: './main.go', source: src }], { goMinor: 23 });
    expect(r.stderr).toContain(
      './main.go:6:6: range over seq (value of type func(yield func() bool)) permits no iteration variables',
    );
  });
});
