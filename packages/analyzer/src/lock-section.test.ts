import type { GoNode, GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldLock, lockHeld, lockKind, locksHeld } from './lock-section.ts';
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
    ['its own Unlock after it', 'x.Lock()\nx.Unlock()\nuse()', false],
    ["another mutex's Unlock after it", 'x.Lock()\ny.Unlock()\nuse()', true],
    ['a labeled Lock', 'retry:\nx.Lock()\nuse()\nx.Unlock()\ngoto retry', true],
    [
      'an inner lock taken and released inside its section',
      'om.mu.Lock()\ndefer om.mu.Unlock()\nfor _, p := range ps {\np.lock.Lock()\np.lock.Unlock()\nuse()\n}',
      true,
    ],
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

describe('locks taken or released on a condition', () => {
  /** What locksHeld finds at `use()`: each lock as written, with ` (read)` for RLock. */
  const held = (body: string): string[] => {
    const { fn, use } = parse(body);
    return locksHeld(use, fn, new Scopes(fn)).map(
      (h) => `${h.qualifier.text}${h.read ? ' (read)' : ''}`,
    );
  };

  it.each([
    ['an RLock names its mutex', 'if needLock {\nms.mu.RLock()\n}\nuse()', ['ms.mu (read)']],
    [
      'a write lock in one branch counts',
      'if doLock {\nif write {\ns.mu.Lock()\n} else {\ns.mu.RLock()\n}\n}\nuse()',
      ['s.mu'],
    ],
    [
      'an unlock that falls through releases it',
      's.mu.RLock()\nif doLock {\ns.mu.RUnlock()\n}\nuse()',
      [],
    ],
    [
      'an unlock before an early return does not',
      's.mu.Lock()\nif err != nil {\ns.mu.Unlock()\nreturn\n}\nuse()',
      ['s.mu'],
    ],
    [
      'an unlock deeper in the if, before a return',
      's.mu.Lock()\nif ok {\nfor _, t := range ts {\nif t == x {\ns.mu.Unlock()\nlog()\nreturn\n}\n}\n}\nuse()',
      ['s.mu'],
    ],
    [
      'a local helper literal that locks',
      'lock := func() {\nif need {\nfs.mu.Lock()\n}\n}\nlock()\nuse()',
      ['fs.mu'],
    ],
    [
      'a local helper literal that unlocks',
      'unlock := func() { fs.mu.Unlock() }\nfs.mu.Lock()\nunlock()\nuse()',
      [],
    ],
  ])('%s', (_name, body, want) => {
    expect(held(body)).toEqual(want);
  });

  it('gives the kind of a conditional lock', () => {
    const { fn, use } = parse('if needLock {\nmu.RLock()\n}\nuse()');
    expect(lockKind(use, fn, new Scopes(fn))).toBe('read');
  });
});
