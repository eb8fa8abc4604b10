// The time package on the virtual clock: Sleep, After, Timer, Ticker, Now/Since.
// Go: runtime/time.go (timeSleep, timers), time/sleep.go, time/tick.go.
import { Chan, sendNonBlocking } from './chan.ts';
import type { Timer } from './clock.ts';
import { park, type Op } from './instr.ts';
import type { Scheduler } from './scheduler.ts';
import { WaitReason } from './wait-reason.ts';

/** `time.Sleep(d)` with d in nanoseconds; d ≤ 0 returns at once. Go: runtime timeSleep. */
export function* sleep(s: Scheduler, d: number): Op {
  if (d <= 0) {
    return;
  }
  const g = s.running();
  s.clock.add(s.clock.now + d, () => {
    s.ready(g);
  });
  yield* park(WaitReason.Sleep, null);
}

/** `time.Now()` as virtual nanoseconds since the program started. */
export function now(s: Scheduler): number {
  return s.clock.now;
}

/** A `*time.Timer`: its channel receives the virtual time when it fires. */
export class GoTimer {
  /** The timer's channel (buffered, capacity 1). */
  readonly C: Chan = new Chan(1, 0);
  #t: Timer | null = null;
  readonly #s: Scheduler;

  constructor(s: Scheduler, d: number) {
    this.#s = s;
    this.#start(d);
  }

  /** `t.Stop()`: true if the call stopped the timer, false if it had fired or been stopped. */
  stop(): boolean {
    const t = this.#t;
    return t !== null && this.#s.clock.stop(t);
  }

  /** `t.Reset(d)`: true if the timer had been active. */
  reset(d: number): boolean {
    const was = this.stop();
    this.#start(d);
    return was;
  }

  #start(d: number): void {
    const s = this.#s;
    this.#t = s.clock.add(s.clock.now + d, () => {
      sendNonBlocking(s, this.C, s.clock.now);
    });
  }
}

/** `time.NewTimer(d)`. */
export function newTimer(s: Scheduler, d: number): GoTimer {
  return new GoTimer(s, d);
}

/** `time.After(d)`: the channel of a new timer. */
export function after(s: Scheduler, d: number): Chan {
  return new GoTimer(s, d).C;
}

/** A `*time.Ticker`: a tick every period; ticks a slow reader misses are dropped. */
export class GoTicker {
  readonly C: Chan = new Chan(1, 0);
  #t: Timer | null = null;
  readonly #s: Scheduler;
  readonly #period: number;

  constructor(s: Scheduler, period: number) {
    if (period <= 0) {
      throw new Error('non-positive interval for NewTicker');
    }
    this.#s = s;
    this.#period = period;
    this.#arm(s.clock.now + period);
  }

  /** `t.Stop()`. */
  stop(): void {
    if (this.#t !== null) {
      this.#s.clock.stop(this.#t);
      this.#t = null;
    }
  }

  #arm(when: number): void {
    const s = this.#s;
    this.#t = s.clock.add(when, () => {
      sendNonBlocking(s, this.C, s.clock.now);
      this.#arm(when + this.#period);
    });
  }
}

/** `time.NewTicker(d)`. */
export function newTicker(s: Scheduler, period: number): GoTicker {
  return new GoTicker(s, period);
}
