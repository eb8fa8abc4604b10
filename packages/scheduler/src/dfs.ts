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
  /**
   * The operation each alternative performs (for sleep sets), from the current run: every run
   * builds the program's objects anew, so operations are compared within one run only.
   */
  ops: readonly (Operation | null)[];
  /** Goroutines asleep when the path reached this node: trying them here would repeat a run. */
  readonly sleep: ReadonlySet<number>;
}

/**
 * Thrown when every runnable goroutine sleeps: the rest of the run could only repeat
 * schedules already explored, so the search drops it.
 */
export class RedundantRun extends Error {
  override name = 'RedundantRun';
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
  /** The sleep set along the current run: goroutine → the operation it would perform. */
  #sleep = new Map<number, Operation | null>();

  constructor(o: DfsOptions = {}) {
    this.dpor = o.dpor ?? true;
    this.preemptionBound = o.preemptionBound ?? Infinity;
  }

  pick(req: PickRequest): Goroutine {
    const all = candidates(req);
    const ids = all.map((g) => g.id);
    const ops = all.map((g) => (g === req.current ? req.op : g.pendingOp));
    const current = req.current?.id ?? -1;
    let node: Node | null = null;
    let at = 0;
    if (all.length > 1) {
      // Without a preference yet: keep the current goroutine (no preemption), else Go's order;
      // never a sleeping one.
      const order = req.current === null ? req.queue : [req.current, ...req.queue];
      const preferred = order.find((g) => !this.#sleep.has(g.id));
      if (preferred === undefined && this.#path.length <= this.#depth) {
        throw new RedundantRun('every runnable goroutine sleeps');
      }
      node = this.#decide(
        ids,
        ops,
        preferred === undefined ? 0 : ids.indexOf(preferred.id),
        current,
      );
      at = node.taken;
    } else if (this.dpor && this.#sleep.has(ids[0] ?? -1)) {
      throw new RedundantRun('the only runnable goroutine sleeps');
    }
    const g = all[at];
    assert(g !== undefined, 'pick with nothing runnable');
    if (current !== -1 && g.id !== current) {
      this.#preemptions++;
    }
    const op = ops[at] ?? null;
    if (this.dpor) {
      this.#updateSleep(node, g.id, op);
    }
    this.#transition({ g: g.id, op, node, enabled: ids });
    return g;
  }

  // Godefroid's sleep sets: after p runs, a goroutine stays asleep (or falls asleep, if it was
  // explored first at this node) while its operation is independent of p's.
  #updateSleep(node: Node | null, p: number, op: Operation | null): void {
    const next = new Map<number, Operation | null>();
    for (const [q, qop] of this.#sleep) {
      if (q !== p && !dependent(qop, op)) {
        next.set(q, qop);
      }
    }
    if (node !== null) {
      for (const a of node.done) {
        const q = node.ids[a];
        const qop = node.ops[a] ?? null;
        if (a !== node.taken && q !== undefined && q !== p && !dependent(qop, op)) {
          next.set(q, qop);
        }
      }
    }
    this.#sleep = next;
  }

  choose(n: number): number {
    if (n === 1) {
      return 0;
    }
    // A data choice (which ready select case fires): every alternative, DPOR or not.
    const node = this.#decide(
      [],
      Array.from({ length: n }, () => null),
      0,
      -1,
    );
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
    this.#sleep = new Map();
    for (let node = this.#path.at(-1); node !== undefined; node = this.#path.at(-1)) {
      const next = [...node.backtrack].find(
        (a) => !node.done.has(a) && !node.sleep.has(node.ids[a] ?? -1) && this.#allowed(node, a),
      );
      if (next !== undefined) {
        node.taken = next;
        node.done.add(next);
        return true;
      }
      this.#path.pop();
    }
    return false;
  }

  #decide(
    ids: readonly number[],
    ops: readonly (Operation | null)[],
    preferred: number,
    current: number,
  ): Node {
    const n = ops.length;
    const existing = this.#path[this.#depth];
    if (existing !== undefined) {
      assert(existing.n === n, 'the program ran differently on replay (is it deterministic?)');
      existing.ops = ops;
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
      ops,
      sleep: new Set(this.#sleep.keys()),
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
