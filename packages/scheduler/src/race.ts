// A happens-before race detector in the manner of ThreadSanitizer and FastTrack: every
// goroutine has a vector clock, synchronization transfers clocks along the Go memory model's
// edges, and two accesses to one location race when at least one writes and neither happens
// before the other. Go: doc/go_mem.html; the runtime's race annotations (runtime/chan.go
// racenotify/racesync, sync/*.go race.Acquire/Release).

/** A vector clock: goroutine id → logical time (absent = 0). */
export class VectorClock {
  readonly #c = new Map<number, number>();

  get(g: number): number {
    return this.#c.get(g) ?? 0;
  }

  set(g: number, t: number): void {
    this.#c.set(g, t);
  }

  /** this := this ⊔ other */
  join(other: VectorClock): void {
    for (const [g, t] of other.#c) {
      if (t > this.get(g)) {
        this.#c.set(g, t);
      }
    }
  }

  copy(): VectorClock {
    const v = new VectorClock();
    v.join(this);
    return v;
  }
}

/** One side of a race: what was done, by whom, where. */
export interface RaceAccess {
  readonly write: boolean;
  readonly goroutine: number;
  /** Where in the program (as the interpreter names it, e.g. "main.go:12"). */
  readonly at: string;
}

/** Two conflicting accesses that no happens-before edge orders. */
export interface RaceReport {
  /** The location's address (heap address of the variable or object). */
  readonly addr: number;
  /** The access that found the race … */
  readonly current: RaceAccess;
  /** … and the earlier one it races with. */
  readonly previous: RaceAccess;
}

interface Epoch {
  readonly g: number;
  readonly t: number;
  readonly at: string;
}

/** What is known of a location: its last write, and the reads since (FastTrack's shadow). */
interface Shadow {
  write: Epoch | null;
  reads: Map<number, Epoch>;
}

/** The race detector of one run. */
export class RaceDetector {
  readonly races: RaceReport[] = [];
  readonly #clocks = new Map<number, VectorClock>();
  readonly #sync = new WeakMap<object, VectorClock>();
  readonly #shadow = new Map<number, Shadow>();
  /** Report each pair of program locations once, as Go's detector does. */
  readonly #seen = new Set<string>();

  #clock(g: number): VectorClock {
    let c = this.#clocks.get(g);
    if (c === undefined) {
      c = new VectorClock();
      c.set(g, 1);
      this.#clocks.set(g, c);
    }
    return c;
  }

  /** `go f()`: everything the parent did so far happens before the child starts. */
  spawn(parent: number, child: number): void {
    const c = this.#clock(parent).copy();
    c.set(child, 1);
    this.#clocks.set(child, c);
    this.#tick(parent);
  }

  /** g acquires what was released on `obj` (a lock acquired, a value received …). */
  acquire(g: number, obj: object): void {
    const l = this.#sync.get(obj);
    if (l !== undefined) {
      this.#clock(g).join(l);
    }
  }

  /** g releases on `obj`: later acquirers see everything g did so far (merging earlier releases). */
  release(g: number, obj: object): void {
    const c = this.#clock(g);
    const l = this.#sync.get(obj);
    if (l === undefined) {
      this.#sync.set(obj, c.copy());
    } else {
      l.join(c);
    }
    this.#tick(g);
  }

  /** Both at once, as the runtime does for a channel slot or a hand-off (racereleaseacquire). */
  releaseAcquire(g: number, obj: object): void {
    this.acquire(g, obj);
    this.release(g, obj);
  }

  /** A read of the location at `addr`. */
  read(g: number, addr: number, at: string): void {
    const c = this.#clock(g);
    const sh = this.#shadowOf(addr);
    const me: RaceAccess = { write: false, goroutine: g, at };
    if (sh.write !== null) {
      this.#check(addr, c, me, sh.write, true);
    }
    sh.reads.set(g, { g, t: c.get(g), at });
  }

  /** A write of the location at `addr`. */
  write(g: number, addr: number, at: string): void {
    const c = this.#clock(g);
    const sh = this.#shadowOf(addr);
    const me: RaceAccess = { write: true, goroutine: g, at };
    if (sh.write !== null) {
      this.#check(addr, c, me, sh.write, true);
    }
    for (const r of sh.reads.values()) {
      this.#check(addr, c, me, r, false);
    }
    sh.write = { g, t: c.get(g), at };
    sh.reads.clear();
  }

  // An earlier access by another goroutine that does not happen before this one races with it.
  #check(addr: number, c: VectorClock, me: RaceAccess, prev: Epoch, prevWrite: boolean): void {
    if (prev.g !== me.goroutine && prev.t > c.get(prev.g)) {
      this.#report(addr, me, { write: prevWrite, goroutine: prev.g, at: prev.at });
    }
  }

  #tick(g: number): void {
    const c = this.#clock(g);
    c.set(g, c.get(g) + 1);
  }

  #shadowOf(addr: number): Shadow {
    let sh = this.#shadow.get(addr);
    if (sh === undefined) {
      sh = { write: null, reads: new Map() };
      this.#shadow.set(addr, sh);
    }
    return sh;
  }

  #report(addr: number, current: RaceAccess, previous: RaceAccess): void {
    const key = [current.at, previous.at].sort().join('|');
    if (this.#seen.has(key)) {
      return;
    }
    this.#seen.add(key);
    this.races.push({ addr, current, previous });
  }
}

/** What the report says of a goroutine in a race (from the scheduler's goroutine table). */
export interface RaceGoroutine {
  /** Where its go statement was. */
  readonly createdAt: string;
  /** It has returned (Go prints "finished"), else "running". */
  readonly finished: boolean;
}

/**
 * A race as `go run -race` prints it. The interpreter supplies whole stacks; here each access
 * shows its position, and each goroutine other than main where it was created.
 */
export function formatRace(
  r: RaceReport,
  goroutine: (id: number) => RaceGoroutine | undefined = () => undefined,
): string {
  const who = (g: number): string => (g === 1 ? 'main goroutine' : `goroutine ${g}`);
  const addr = `0x${r.addr.toString(16).padStart(12, '0')}`;
  const access = (a: RaceAccess, previous: boolean): string => {
    const kind = a.write ? 'write' : 'read';
    const head = previous ? `Previous ${kind}` : kind.charAt(0).toUpperCase() + kind.slice(1);
    return `${head} at ${addr} by ${who(a.goroutine)}:\n      ${a.at}\n`;
  };
  let out = `==================\nWARNING: DATA RACE\n${access(r.current, false)}\n${access(r.previous, true)}`;
  for (const id of new Set([r.current.goroutine, r.previous.goroutine])) {
    const g = id === 1 ? undefined : goroutine(id);
    if (g !== undefined) {
      out += `\nGoroutine ${id} (${g.finished ? 'finished' : 'running'}) created at:\n      ${g.createdAt}\n`;
    }
  }
  return `${out}==================\n`;
}

/** The line `go run -race` prints at exit when it found races. */
export function formatRaceSummary(n: number): string {
  return `Found ${n} data race(s)\n`;
}
