// The printer's contract with its host: Errorf's %w, method calls that yield to the scheduler,
// and exceptions that are not Go panics.
import {
  GoFatalError,
  GoRuntime,
  Iface,
  namedType,
  pointerTo,
  structOf,
  types,
} from '@mapscope/runtime-core';
import type { Instr, Op } from '@mapscope/scheduler';
import { describe, expect, it } from 'vitest';
import { errorf, sprintf } from '../../src/fmt/index.ts';
import type { FmtHost } from '../../src/fmt/index.ts';
import { Pointer, type GoFunc } from '../../src/values.ts';
import { run, testHost } from './golden-values.ts';

const rt = new GoRuntime();
const host = testHost(rt);
const myErr = pointerTo(namedType('main.MyErr', structOf([{ name: 'Code', type: types.int }])));
const err7 = new Iface(myErr, new Pointer([[7]], 0, 0xc000001000, null));

describe('errorf', () => {
  it('wraps the operand of %w and prints it as %v', () => {
    const r = run(errorf(host, 'op: %w', [err7]));
    expect(r.text).toBe('op: myerr 7');
    expect(r.wrapped).toBe(err7);
  });

  it('rejects a second %w and a non-error operand as Go 1.19 does', () => {
    expect(run(errorf(host, '%w %w', [err7, err7])).text).toBe('myerr 7 %!w(*main.MyErr=&{7})');
    const r = run(errorf(host, '%w', [new Iface(types.int, 3)]));
    expect(r).toEqual({ text: '%!w(int=3)', wrapped: null });
  });
});

describe('method calls', () => {
  const stringer = namedType('main.S', types.int);
  const yieldingHost = (fn: GoFunc): FmtHost => ({
    rt,
    method: (t, name) => (t === stringer && name === 'String' ? fn : null),
    call: (f, recv) => f({ id: 1, depth: 0 }, recv),
  });

  it('pass the instructions a method yields through to the scheduler', () => {
    const instr = { kind: 'yield' } as unknown as Instr;
    const h = yieldingHost(function* (_g, recv): Op<unknown> {
      yield instr;
      return `S${String(recv)}`;
    });
    const op = sprintf(h, '[%v|%5s]', [new Iface(stringer, 1), new Iface(stringer, 2)]);
    const seen: unknown[] = [];
    let r = op.next();
    while (r.done !== true) {
      seen.push(r.value);
      r = op.next();
    }
    expect(seen).toEqual([instr, instr]);
    expect(r.value).toBe('[S1|   S2]');
  });

  it('let exceptions that are not Go panics through', () => {
    const h = yieldingHost(function* (): Op<unknown> {
      yield* [];
      throw new GoFatalError('all goroutines are asleep - deadlock!');
    });
    expect(() => run(sprintf(h, '%v', [new Iface(stringer, 1)]))).toThrow(GoFatalError);
  });
});
