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
  /**
   * Alternatives whose goroutine ended the program right after its step here. The end
   * conflicts with every step, so such a goroutine never sleeps while another is tried.
   */
  readonly ending: Set<number>;
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
  /** Its vector clock in the run's happens-before order (indexed by goroutine id). */
  readonly clock: readonly number[];
  /** How many steps its goroutine had taken, this one included. */
  readonly local: number;
}

/** What the run did to one object so far: its steps, and the last write and later reads. */
interface ObjectSteps {
  readonly all: number[];
  lastWrite: number;
  reads: number[];
}

/**
 * The operation of a step that ended the program (main returned, os.Exit, a crash): it
 * conflicts with every step, since whatever any goroutine had done by then shows in the end.
 */
const programEnd: Operation = { name: 'end', object: null, access: AccessKind.Write };

/** Depth-first exhaustive search, one run per path. */
export class Dfs implements Strategy {
  readonly dpor: boolean;
  readonly preemptionBound: number;
  /** Whether the preemption bound kept the search from an alternative it would have run. */
  cut = false;
  readonly #path: Node[] = [];
  #depth = 0;
  #preemptions = 0;
  #trans: Transition[] = [];
  /** The current run's steps by object (DPOR). */
  #objects = new Map<object, ObjectSteps>();
  /** Each goroutine's clock: its last step's, or before its first step its creator's. */
  #clocks = new Map<number, number[]>();
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
      // Flanagan and Godefroid: the next step of every runnable goroutine, not only the one
      // taken, may have to be tried before an earlier step it conflicts with.
      for (const [a, q] of all.entries()) {
        this.#clockOf(q);
        this.#addBacktrack(q.id, ops[a] ?? null);
      }
    } else if (node !== null) {
      for (let a = 0; a < node.n; a++) {
        node.backtrack.add(a);
      }
    }
    this.#transition(g.id, op, node);
    return g;
  }

  /**
   * The program ended in `g`'s last step (it returned from main, exited or crashed): that
   * step conflicts with every other, and the goroutines still runnable could have run first.
   */
  end(g: number, runnable: readonly Goroutine[]): void {
    if (!this.dpor) {
      return;
    }
    this.#addBacktrack(g, programEnd, this.#trans.length - 1);
    const last = this.#trans.at(-1);
    const node = last?.g === g ? last.node : null;
    if (node === null) {
      return;
    }
    node.ending.add(node.ids.indexOf(g));
    for (const q of runnable) {
      const at = node.ids.indexOf(q.id);
      if (at >= 0 && q.id !== g) {
        node.backtrack.add(at);
      }
    }
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
        const asleep = !dependent(qop, op) && !node.ending.has(a);
        if (a !== node.taken && q !== undefined && q !== p && asleep) {
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
    this.#objects = new Map();
    this.#clocks = new Map();
    this.#sleep = new Map();
    for (let node = this.#path.at(-1); node !== undefined; node = this.#path.at(-1)) {
      const next = [...node.backtrack].find((a) => {
        if (node.done.has(a) || node.sleep.has(node.ids[a] ?? -1)) {
          return false;
        }
        if (!this.#allowed(node, a)) {
          this.cut = true;
          return false;
        }
        return true;
      });
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
      ending: new Set(),
    };
    this.#path.push(node);
    this.#depth++;
    return node;
  }

  #allowed(node: Node, a: number): boolean {
    const preempts = node.current !== -1 && node.ids[a] !== node.current;
    return node.preemptions + (preempts ? 1 : 0) <= this.preemptionBound;
  }

  /** A goroutine's clock; one seen for the first time starts from its creator's. */
  #clockOf(g: Goroutine): number[] {
    let c = this.#clocks.get(g.id);
    if (c === undefined) {
      c = [...(this.#clocks.get(g.parent) ?? [])];
      this.#clocks.set(g.id, c);
    }
    return c;
  }

  // Records a step with its happens-before clock: after its goroutine's previous step and
  // after every earlier step it conflicts with (the object's last write; for a write, also the
  // reads since).
  #transition(g: number, op: Operation | null, node: Node | null): void {
    const i = this.#trans.length;
    const clock = [...(this.#clocks.get(g) ?? [])];
    const local = (clock[g] ?? 0) + 1;
    clock[g] = local;
    const o = op?.object ?? null;
    let steps: ObjectSteps | undefined;
    if (this.dpor && o !== null) {
      steps = this.#objects.get(o);
      if (steps === undefined) {
        steps = { all: [], lastWrite: -1, reads: [] };
        this.#objects.set(o, steps);
      }
      const before =
        op?.access === AccessKind.Write ? [steps.lastWrite, ...steps.reads] : [steps.lastWrite];
      for (const j of before) {
        const u = this.#trans[j];
        if (u !== undefined) {
          join(clock, u.clock);
        }
      }
      steps.all.push(i);
      if (op?.access === AccessKind.Write) {
        steps.lastWrite = i;
        steps.reads = [];
      } else {
        steps.reads.push(i);
      }
    }
    this.#clocks.set(g, clock);
    this.#trans.push({ g, op, node, clock, local });
  }

  // Flanagan and Godefroid's DPOR for goroutine p about to perform op: the last earlier step,
  // by another goroutine, that conflicts with op and does not happen before p's step; at its
  // state, p (or, if p could not run there, every goroutine that could) must also be tried.
  // `upTo` leaves later steps out (the end of a program is judged against what came before).
  #addBacktrack(p: number, op: Operation | null, upTo = this.#trans.length): void {
    if (op === null || (op.object === null && op !== programEnd)) {
      return;
    }
    const pc = this.#clocks.get(p) ?? [];
    const scan =
      op === programEnd || op.object === null ? null : (this.#objects.get(op.object)?.all ?? []);
    const count = scan === null ? upTo : scan.length;
    for (let k = count - 1; k >= 0; k--) {
      const i = scan === null ? k : (scan[k] ?? -1);
      if (i >= upTo) {
        continue;
      }
      const u = this.#trans[i];
      if (u === undefined || u.g === p || (op !== programEnd && !dependent(u.op, op))) {
        continue;
      }
      if ((pc[u.g] ?? 0) >= u.local) {
        continue; // it happens before p's step: their order is fixed
      }
      const node = u.node;
      if (node !== null) {
        const at = node.ids.indexOf(p);
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

/** clock := clock ⊔ other */
function join(clock: number[], other: readonly number[]): void {
  for (let i = 0; i < other.length; i++) {
    const t = other[i] ?? 0;
    if (t > (clock[i] ?? 0)) {
      clock[i] = t;
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
