// Exhaustive search: depth-first over every decision, stateless (each run re-executes the
// program from the start, replaying the path so far). Optionally bounded in preemptions
// (CHESS's iterative context bounding), optionally pruned by dynamic partial-order reduction
// (Flanagan and Godefroid, POPL'05): an alternative is explored at a state only when a later
// transition depends on one taken there, so orders of independent steps are run once.
import { assert } from '@mapscope/runtime-core';
import type { Goroutine } from './goroutine.ts';
import { AccessKind, type Operation } from './instr.ts';
import { candidates, type PickRequest, type Strategy } from './strategy.ts';

/** Options of {@link Dfs}. */
export interface DfsOptions {
  /** Prune with DPOR (default true). */
  readonly dpor?: boolean;
  /** The most preemptions a schedule may make (default: unbounded). */
  readonly preemptionBound?: number;
}

/** A decision node on the current path. */
interface Node {
  /** Goroutine ids of a pick's alternatives (sorted), or empty for a select choice. */
  readonly ids: readonly number[];
  readonly n: number;
  taken: number;
  /** Alternatives still to explore (DPOR adds to it) and those explored. */
  readonly backtrack: Set<number>;
  readonly done: Set<number>;
  /** The goroutine that could have gone on (a preemption picks someone else), or -1. */
  readonly current: number;
  /** Preemptions on the path before this node. */
  readonly preemptions: number;
}

/** A step of the current run: who ran, doing what, from which state. */
interface Transition {
  readonly g: number;
  readonly op: Operation | null;
  /** The decision node of the state it left, if that state had alternatives. */
  readonly node: Node | null;
  /** Runnable goroutine ids in that state. */
  readonly enabled: readonly number[];
}

/** Depth-first exhaustive search, one run per path. */
export class Dfs implements Strategy {
  readonly dpor: boolean;
  readonly preemptionBound: number;
  readonly #path: Node[] = [];
  #depth = 0;
  #preemptions = 0;
  #trans: Transition[] = [];

  constructor(o: DfsOptions = {}) {
    this.dpor = o.dpor ?? true;
    this.preemptionBound = o.preemptionBound ?? Infinity;
  }

  pick(req: PickRequest): Goroutine {
    const all = candidates(req);
    const ids = all.map((g) => g.id);
    const current = req.current?.id ?? -1;
    let node: Node | null = null;
    let g = all[0];
    if (all.length > 1) {
      // Without a preference yet: keep the current goroutine (no preemption), else Go's order.
      const preferred = req.current ?? req.queue[0];
      node = this.#decide(
        ids,
        ids.length,
        preferred === undefined ? 0 : ids.indexOf(preferred.id),
        current,
      );
      g = all[node.taken];
    }
    assert(g !== undefined, 'pick with nothing runnable');
    if (current !== -1 && g.id !== current) {
      this.#preemptions++;
    }
    const op = g === req.current ? req.op : g.pendingOp;
    this.#transition({ g: g.id, op, node, enabled: ids });
    return g;
  }

  choose(n: number): number {
    if (n === 1) {
      return 0;
    }
    // A data choice (which ready select case fires): every alternative, DPOR or not.
    const node = this.#decide([], n, 0, -1);
    for (let a = 0; a < n; a++) {
      node.backtrack.add(a);
    }
    return node.taken;
  }

  /**
   * Prepares the next run: the deepest node with an alternative left takes it. False when the
   * search is complete.
   */
  nextRun(): boolean {
    this.#depth = 0;
    this.#preemptions = 0;
    this.#trans = [];
    for (let node = this.#path.at(-1); node !== undefined; node = this.#path.at(-1)) {
      const next = [...node.backtrack].find((a) => !node.done.has(a) && this.#allowed(node, a));
      if (next !== undefined) {
        node.taken = next;
        node.done.add(next);
        return true;
      }
      this.#path.pop();
    }
    return false;
  }

  #decide(ids: readonly number[], n: number, preferred: number, current: number): Node {
    const existing = this.#path[this.#depth];
    if (existing !== undefined) {
      assert(existing.n === n, 'the program ran differently on replay (is it deterministic?)');
      this.#depth++;
      return existing;
    }
    const node: Node = {
      ids,
      n,
      taken: preferred,
      backtrack: new Set([preferred]),
      done: new Set([preferred]),
      current,
      preemptions: this.#preemptions,
    };
    this.#path.push(node);
    this.#depth++;
    return node;
  }

  #allowed(node: Node, a: number): boolean {
    const preempts = node.current !== -1 && node.ids[a] !== node.current;
    return node.preemptions + (preempts ? 1 : 0) <= this.preemptionBound;
  }

  // Plain DFS explores every alternative; DPOR adds one where a later step depends on it.
  #transition(t: Transition): void {
    if (t.node !== null && !this.dpor) {
      for (let a = 0; a < t.node.n; a++) {
        t.node.backtrack.add(a);
      }
    }
    if (this.dpor && t.op !== null && t.op.object !== null) {
      this.#addBacktrack(t);
    }
    this.#trans.push(t);
  }

  // Flanagan and Godefroid's DPOR: find the last step, by another goroutine,
  // dependent on this one; there, this goroutine (or, if it was not runnable, every runnable
  // one) must also be tried first.
  #addBacktrack(t: Transition): void {
    for (let i = this.#trans.length - 1; i >= 0; i--) {
      const u = this.#trans[i];
      if (u === undefined || u.g === t.g || !dependent(u.op, t.op)) {
        continue;
      }
      const node = u.node;
      if (node !== null) {
        const at = node.ids.indexOf(t.g);
        if (at >= 0) {
          node.backtrack.add(at);
        } else {
          node.ids.forEach((_, a) => node.backtrack.add(a));
        }
      }
      return;
    }
  }
}

/** Two operations conflict: the same object, at least one writing. */
function dependent(a: Operation | null, b: Operation | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.object !== null &&
    a.object === b.object &&
    (a.access === AccessKind.Write || b.access === AccessKind.Write)
  );
}
