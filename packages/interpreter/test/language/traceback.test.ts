// Tracebacks name each frame's function and file:line as Go 1.19 does: compared with what Go
// printed (programs/*.stderr, recorded by record-traceback.sh with inlining off), with each
// frame's arguments and pc offset taken out (the model has neither).
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/run.ts';
import { frames, readProgram, useParser } from './support.ts';

const parser = useParser();
const read = readProgram;

describe('tracebacks', () => {
  it.each(['traceback', 'traceback-index', 'traceback-goroutine', 'traceback-deadlock'])(
    '%s: frames as Go prints them',
    (name) => {
      const r = runProgram(
        parser(),
        [
          {
            path: './main.go',
            absPath: '/tmp/mapscope-traceback/main.go',
            source: read(`${name}.go`),
          },
        ],
        { goMinor: 19 },
      );
      expect(r.exitCode).toBe(2);
      expect(frames(r.stderr)).toBe(frames(read(`${name}.stderr`)));
    },
  );

  it('says where a run stopped at something not supported yet', () => {
    const src =
      'package main\n\nimport "unsafe"\n\nfunc f() unsafe.Pointer {\n\treturn unsafe.Pointer(uintptr(0x1234))\n}\n\nfunc main() { _ = f() }\n';
    const r = runProgram(parser(), [{ path: './main.go', absPath: '/src/main.go', source: src }]);
    expect(r).toEqual({
      stdout: '',
      stderr:
        'mapscope: not supported yet: unsafe.Pointer made from a uintptr (/src/main.go:6)\n\ngoroutine 1 [running]:\nmain.f()\n\t/src/main.go:6\nmain.main()\n\t/src/main.go:9\n',
      exitCode: 2,
    });
  });
});
