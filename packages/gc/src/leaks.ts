// Goroutine leak detection by reachability, the idea of Go 1.26's goroutineleak profile
// (proposal golang/go#74609): marking starts from the globals and the runnable goroutines'
// stacks only; a blocked goroutine whose wait object becomes reachable joins the roots; the
// blocked goroutines left at the fixpoint can never be woken: they leaked.
import type { HeapObject } from '@mapscope/runtime-core';
import { GcObject } from './gc-object.ts';
import type { StackRoot } from './gc-heap.ts';

/** A goroutine for leak detection: its stack, and what it is blocked on (null: runnable). */
export interface GoroutineRoot {
  readonly stack: StackRoot;
  readonly blockedOn: HeapObject | null;
}

/** The blocked goroutines no live goroutine or global can reach. */
export function findLeakedGoroutines(
  goroutines: readonly GoroutineRoot[],
  globals: Iterable<HeapObject>,
): GoroutineRoot[] {
  const reached = new Set<HeapObject>();
  const work: HeapObject[] = [];
  const visit = (o: HeapObject): void => {
    if (!reached.has(o)) {
      reached.add(o);
      work.push(o);
    }
  };
  const drain = (): void => {
    for (let o = work.pop(); o !== undefined; o = work.pop()) {
      if (o instanceof GcObject) {
        o.trace(visit);
      } else {
        o.content?.trace(visit);
      }
    }
  };
  for (const g of globals) {
    visit(g);
  }
  drain();
  let pending = [...goroutines];
  for (;;) {
    const live = pending.filter((g) => g.blockedOn === null || reached.has(g.blockedOn));
    if (live.length === 0) {
      return pending;
    }
    pending = pending.filter((g) => !live.includes(g));
    for (const g of live) {
      for (const r of g.stack.refs()) {
        visit(r);
      }
    }
    drain();
  }
}
