// PCT, probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte,
// ASPLOS'10): goroutines get random distinct priorities, the highest-priority runnable one
// runs, and at d-1 random steps the running goroutine drops to the lowest priority. A bug of
// depth d shows with probability at least 1/(n·k^(d-1)) per run (n goroutines, k steps).
import { Wyrand, assert, fastrandn, type RandomSource } from '@mapscope/runtime-core';
import type { Goroutine } from './goroutine.ts';
import { candidates, type PickRequest, type Strategy } from './strategy.ts';

/** One PCT run; make a new one (with the next seed) for every run. */
export class Pct implements Strategy {
  readonly #rand: RandomSource;
  readonly #priority = new Map<number, number>();
  readonly #changePoints: Set<number>;
  #step = 0;
  #low = 0;

  /**
   * @param seed the run's seed
   * @param depth d, the bug depth aimed at (d-1 priority change points)
   * @param steps k, an estimate of the run's scheduling points (e.g. the longest run so far)
   */
  constructor(seed: number, depth: number, steps: number) {
    this.#rand = Wyrand.fromSeed(seed);
    this.#changePoints = new Set(
      Array.from({ length: Math.max(0, depth - 1) }, () => 1 + this.#below(Math.max(1, steps))),
    );
  }

  /**
   * The steps of the run so far that were choices (more than one goroutine could run): the
   * k of the next run's estimate. Steps with one runnable goroutine (a program's start, its
   * packages' initialization) are no place for a priority change.
   */
  get choiceSteps(): number {
    return this.#step;
  }

  pick(req: PickRequest): Goroutine {
    const all = candidates(req);
    if (all.length > 1) {
      this.#step++;
      if (req.current !== null && this.#changePoints.has(this.#step)) {
        this.#priority.set(req.current.id, --this.#low);
      }
    }
    let best: Goroutine | undefined;
    for (const g of all) {
      if (best === undefined || this.#prio(g) > this.#prio(best)) {
        best = g;
      }
    }
    assert(best !== undefined, 'pick with nothing runnable');
    return best;
  }

  choose(n: number): number {
    return this.#below(n);
  }

  // A new goroutine gets a random priority above every lowered one.
  #prio(g: Goroutine): number {
    let p = this.#priority.get(g.id);
    if (p === undefined) {
      p = this.#rand.fastrand() + 1;
      this.#priority.set(g.id, p);
    }
    return p;
  }

  #below(n: number): number {
    return fastrandn(this.#rand, n);
  }
}
