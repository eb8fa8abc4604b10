import type { GoNode, GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldLock, lockHeld } from './lock-section.ts';
import { Scopes } from './scope.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/** The function of `body` and the call `use()` in it. */
function parse(body: string): { fn: GoNode; use: GoNode } {
  const source = `package p\n\nfunc f() {\n${body}\n}\n`;
  const file = parser.parse('x.go', source);
  const root = file.tree;
  let fn: GoNode | undefined;
  let use: GoNode | undefined;
  root.walk((n) => {
    if (n.type === 'function_declaration') {
      fn = n;
    }
    if (n.type === 'call_expression' && n.child('function')?.text === 'use') {
      use = n;
    }
    return true;
  });
  if (fn === undefined || use === undefined) {
    throw new Error('no use() call');
  }
  return { fn, use };
}

/** The lock `heldLock` finds at `use()`, as written, considering locks named `mu` only. */
function heldMu(body: string): string | undefined {
  const { fn, use } = parse(body);
  return heldLock(use, fn, (q) => q.text.endsWith('mu'))?.text;
}

describe('heldLock', () => {
  it.each([
    ['Lock with defer Unlock', 's.mu.Lock()\ndefer s.mu.Unlock()\nuse()', 's.mu'],
    ['RLock with defer RUnlock', 's.mu.RLock()\ndefer s.mu.RUnlock()\nuse()', 's.mu'],
    ['Lock in an enclosing block', 's.mu.Lock()\nif c {\nuse()\n}\ns.mu.Unlock()', 's.mu'],
    ['after Unlock', 's.mu.Lock()\ns.mu.Unlock()\nuse()', undefined],
    ['a lock the predicate rejects', 's.other.Lock()\nuse()', undefined],
    ['looking past a rejected Unlock', 's.mu.Lock()\ns.other.Unlock()\nuse()', 's.mu'],
    ['no lock', 'use()', undefined],
  ])('%s', (_name, body, want) => {
    expect(heldMu(body)).toBe(want);
  });
});

describe('lockHeld', () => {
  it.each([
    ['any Lock', 'x.Lock()\nuse()', true],
    ['any Unlock after it', 'x.Lock()\ny.Unlock()\nuse()', false],
    ['a once.Do function', 'once.Do(func() {\nuse()\n})', true],
    ['a capacity-1 channel', 'sem := make(chan int, 1)\nsem <- 1\nuse()\n<-sem', true],
    ['a Lock taken on a condition', 'if !locked {\nmu.Lock()\n}\nuse()', true],
    ['an if with other work', 'if c {\nwork()\n}\nuse()', false],
    ['nothing', 'use()', false],
  ])('%s', (_name, body, want) => {
    const { fn, use } = parse(body);
    expect(lockHeld(use, fn, new Scopes(fn))).toBe(want);
  });
});
