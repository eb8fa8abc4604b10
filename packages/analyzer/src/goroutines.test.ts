import type { GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goroutinesIn, overlapOf } from './goroutines.ts';
import { PackageIndex } from './package-index.ts';
import { Scopes } from './scope.ts';
import { Typer } from './type-of.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/**
 * What runs beside the first goroutine of `body` (the body of `func f(m map[int]int, ch
 * chan int, xs []int)`, starting on line 4): each region as `line` or `line<cut` when it
 * stops at a wait, and the loop that starts the goroutine again.
 */
function overlap(body: string): { regions: string[]; loop: number | undefined } {
  const source = `package p\n\nfunc f(m map[int]int, ch chan int, xs []int) {\n${body}\n}\n`;
  const file = parser.parse('x.go', source);
  const root = file.tree;
  const scopes = new Scopes(root);
  const typer = new Typer(scopes, PackageIndex.build([file]));
  const line = (offset: number): number => file.position(offset).line;
  const g = goroutinesIn(root, typer, scopes)[0];
  if (g === undefined) {
    throw new Error('no goroutine');
  }
  const o = overlapOf(g, typer);
  return {
    regions: o.regions.map((r) =>
      r.before < r.stmt.end ? `${line(r.stmt.start)}<${line(r.before)}` : `${line(r.stmt.start)}`,
    ),
    loop: o.loop === undefined ? undefined : line(o.loop.start),
  };
}

describe('overlapOf', () => {
  it('runs to the first Wait() and keeps what comes before it in that statement', () => {
    const body = [
      '\tgo func() { m[1] = 1 }()', // 4
      '\tm[2] = 2', // 5
      '\tif len(m) > 0 {', // 6
      '\t\tm[3] = 3', // 7
      '\t\twg.Wait()', // 8
      '\t}', // 9
      '\tm[4] = 4', // 10
    ].join('\n');
    expect(overlap(body)).toEqual({ regions: ['5', '6<8'], loop: undefined });
  });

  it('stops at a receive, a select, and a range over a channel, not over a slice or map', () => {
    const receive =
      '\tgo func() {}()\n\tfor range xs {\n\t}\n\tfor range m {\n\t}\n\t<-ch\n\tm[1] = 1';
    expect(overlap(receive).regions).toEqual(['5', '7', '9<9']);
    const select = '\tgo func() {}()\n\tselect {\n\tcase <-ch:\n\t}\n\tm[1] = 1';
    expect(overlap(select).regions).toEqual(['5<5']);
    const ranged = '\tgo func() {}()\n\tfor v := range ch {\n\t\tm[v] = v\n\t}';
    expect(overlap(ranged).regions).toEqual(['5<5']);
  });

  it('starts the goroutine again when the loop body after it does not wait', () => {
    const body = [
      '\tfor i := 0; i < 3; i++ {', // 4
      '\t\tm[i] = i', // 5
      '\t\tgo func() { m[i]++ }()', // 6
      '\t}', // 7
      '\tm[9] = 9', // 8
    ].join('\n');
    expect(overlap(body)).toEqual({ regions: ['4', '8'], loop: 4 });
  });

  it('does not loop when the body waits after the go statement, breaks or returns', () => {
    const waits = '\tfor i := 0; i < 3; i++ {\n\t\tgo func() {}()\n\t\twg.Wait()\n\t}\n\tm[1] = 1';
    expect(overlap(waits)).toEqual({ regions: ['6<6'], loop: undefined });
    const breaks = '\tfor i := 0; i < 3; i++ {\n\t\tgo func() {}()\n\t\tbreak\n\t}\n\tm[1] = 1';
    expect(overlap(breaks)).toEqual({ regions: ['6', '8'], loop: undefined });
    const returns = '\tfor i := 0; i < 3; i++ {\n\t\tgo func() {}()\n\t\treturn\n\t}\n\tm[1] = 1';
    expect(overlap(returns)).toEqual({ regions: ['6'], loop: undefined });
  });

  it('takes a Wait() before the go statement in the loop body as the end, not a receive', () => {
    const semaphore = '\tfor range xs {\n\t\t<-ch\n\t\tgo func() {}()\n\t}\n\tm[1] = 1';
    expect(overlap(semaphore)).toEqual({ regions: ['4', '8'], loop: 4 });
    const waits = '\tfor range xs {\n\t\twg.Wait()\n\t\tgo func() {}()\n\t}\n\tm[1] = 1';
    expect(overlap(waits)).toEqual({ regions: ['4<5'], loop: 4 });
  });
});
