// Virtual time. The clock moves only when no goroutine can run and a timer is pending: it
// jumps to the earliest timer and fires it, so sleeps and timeouts cost no real time and a run
// is reproducible. (testing/synctest's bubbles and the runtime's faketime work the same way.)

/** A pending timer. Go: runtime/time.go timer. */
export interface Timer {
  /** When it fires, in nanoseconds of virtual time. */
  readonly when: number;
  readonly seq: number;
  readonly fire: () => void;
  /** Whether it still waits (false after it fired or was stopped). */
  active: boolean;
}

/** The virtual clock and its timers. */
export class VirtualClock {
  /** Nanoseconds since the program started. */
  now = 0;
  #seq = 0;
  readonly #timers: Timer[] = [];

  /** Starts a timer that calls `fire` at `when` (virtual ns). */
  add(when: number, fire: () => void): Timer {
    const t: Timer = { when: Math.max(when, this.now), seq: this.#seq++, fire, active: true };
    // Kept sorted by (when, seq): timers fire in deadline order, ties in creation order.
    let i = this.#timers.length;
    while (i > 0 && (this.#timers[i - 1]?.when ?? 0) > t.when) {
      i--;
    }
    this.#timers.splice(i, 0, t);
    return t;
  }

  /** Stops a timer; true if it was still pending. Go: time.Timer.Stop. */
  stop(t: Timer): boolean {
    if (!t.active) {
      return false;
    }
    t.active = false;
    this.#timers.splice(this.#timers.indexOf(t), 1);
    return true;
  }

  /** Whether any timer is pending. */
  get pending(): boolean {
    return this.#timers.length > 0;
  }

  /**
   * Moves to the earliest pending timer and fires every timer due then. False when none is
   * pending (the program is deadlocked, unless something else can run).
   */
  advance(): boolean {
    const first = this.#timers[0];
    if (first === undefined) {
      return false;
    }
    this.now = first.when;
    for (let t = this.#timers[0]; t !== undefined && t.when <= this.now; t = this.#timers[0]) {
      this.#timers.shift();
      t.active = false;
      t.fire();
    }
    return true;
  }
}
