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

/** One frame of a stack in a race report: a Go function and the line it is at. */
export interface RaceFrame {
  /** The function as Go names it: `main.main.func1`, `main.(*T).Inc`, `runtime.mapassign_fast64`. */
  readonly func: string;
  /** The file's path as the report prints it (absolute, as Go prints it). */
  readonly file: string;
  readonly line: number;
}

/**
 * A goroutine's stack at an access or a go statement, innermost frame first. The interpreter
 * captures one per instrumented access, so it is cheap to make: the frames are built only when
 * a race is reported.
 */
export interface RaceStack {
  frames(): readonly RaceFrame[];
}

/** Where an access happened: a stack, or a plain position ("main.go:12") for simple clients. */
export type RaceAt = string | RaceStack;

/** One side of a race: what was done, by whom, where. */
export interface RaceAccess {
  readonly write: boolean;
  readonly goroutine: number;
  /** Where in the program: the goroutine's stack, or a position such as "main.go:12". */
  readonly at: RaceAt;
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

// Updated in place: a goroutine's later access replaces its earlier one.
interface Epoch {
  g: number;
  t: number;
  at: RaceAt;
}

/**
 * What is known of a location: its last write, and the reads since, one per goroutine
 * (FastTrack's shadow): `read` while one goroutine has read it, `reads` once several have.
 */
interface Shadow {
  write: Epoch | null;
  read: Epoch | null;
  reads: Map<number, Epoch> | null;
}

/** The race detector of one run. */
export class RaceDetector {
  readonly races: RaceReport[] = [];
  /** Called with each race as it is found (Go prints each report at once). */
  onRace: ((r: RaceReport) => void) | null = null;
  readonly #clocks = new Map<number, VectorClock>();
  readonly #sync = new WeakMap<object, VectorClock>();
  readonly #shadow = new Map<number, Shadow>();
  /**
   * Report each pair of stacks once, and each address once, as Go's detector does
   * (ThreadSanitizer's suppress_equal_stacks and suppress_equal_addresses, both on in Go).
   */
  readonly #seen = new Set<string>();
  readonly #racyAddrs = new Set<number>();

  // The last goroutine's clock, for runs of accesses by one goroutine.
  #lastG = -1;
  #lastClock: VectorClock | null = null;

  #clock(g: number): VectorClock {
    if (g === this.#lastG && this.#lastClock !== null) {
      return this.#lastClock;
    }
    let c = this.#clocks.get(g);
    if (c === undefined) {
      c = new VectorClock();
      c.set(g, 1);
      this.#clocks.set(g, c);
    }
    this.#lastG = g;
    this.#lastClock = c;
    return c;
  }

  /** `go f()`: everything the parent did so far happens before the child starts. */
  spawn(parent: number, child: number): void {
    const c = this.#clock(parent).copy();
    c.set(child, 1);
    this.#clocks.set(child, c);
    if (this.#lastG === child) {
      this.#lastG = -1;
    }
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
  read(g: number, addr: number, at: RaceAt): void {
    const c = this.#clock(g);
    const sh = this.#shadowOf(addr);
    const w = sh.write;
    if (w !== null && w.g !== g) {
      this.#check(addr, c, false, g, at, w, true);
    }
    const t = c.get(g);
    const reads = sh.reads;
    if (reads !== null) {
      const e = reads.get(g);
      if (e === undefined) {
        reads.set(g, { g, t, at });
      } else {
        e.t = t;
        e.at = at;
      }
      return;
    }
    const r = sh.read;
    if (r === null) {
      sh.read = { g, t, at };
    } else if (r.g === g) {
      r.t = t;
      r.at = at;
    } else {
      sh.reads = new Map([
        [r.g, r],
        [g, { g, t, at }],
      ]);
      sh.read = null;
    }
  }

  /** A write of the location at `addr`. */
  write(g: number, addr: number, at: RaceAt): void {
    const c = this.#clock(g);
    const sh = this.#shadowOf(addr);
    const w = sh.write;
    if (w !== null && w.g !== g) {
      this.#check(addr, c, true, g, at, w, true);
    }
    const r = sh.read;
    if (r !== null) {
      if (r.g !== g) {
        this.#check(addr, c, true, g, at, r, false);
      }
      sh.read = null;
    } else if (sh.reads !== null) {
      for (const e of sh.reads.values()) {
        this.#check(addr, c, true, g, at, e, false);
      }
      sh.reads = null;
    }
    const t = c.get(g);
    if (w === null) {
      sh.write = { g, t, at };
    } else {
      w.g = g;
      w.t = t;
      w.at = at;
    }
  }

  // An earlier access by another goroutine that does not happen before this one races with it.
  #check(
    addr: number,
    c: VectorClock,
    write: boolean,
    g: number,
    at: RaceAt,
    prev: Epoch,
    prevWrite: boolean,
  ): void {
    if (prev.g !== g && prev.t > c.get(prev.g)) {
      this.#report(
        addr,
        { write, goroutine: g, at },
        { write: prevWrite, goroutine: prev.g, at: prev.at },
      );
    }
  }

  #tick(g: number): void {
    const c = this.#clock(g);
    c.set(g, c.get(g) + 1);
  }

  #shadowOf(addr: number): Shadow {
    let sh = this.#shadow.get(addr);
    if (sh === undefined) {
      sh = { write: null, read: null, reads: null };
      this.#shadow.set(addr, sh);
    }
    return sh;
  }

  #report(addr: number, current: RaceAccess, previous: RaceAccess): void {
    if (this.#racyAddrs.has(addr)) {
      return;
    }
    const key = [accessKey(current), accessKey(previous)].sort().join('|');
    if (this.#seen.has(key)) {
      return;
    }
    this.#seen.add(key);
    this.#racyAddrs.add(addr);
    const r: RaceReport = { addr, current, previous };
    this.races.push(r);
    this.onRace?.(r);
  }
}

// An access as the suppression of equal stacks sees it: its kind and where (Go compares
// program counters, which differ between a read and a write on one line).
function accessKey(a: RaceAccess): string {
  const where =
    typeof a.at === 'string'
      ? a.at
      : a.at
          .frames()
          .map((f) => `${f.func} ${f.file}:${f.line}`)
          .join(';');
  return `${a.write ? 'w' : 'r'} ${where}`;
}

/** What the report says of a goroutine in a race (from the scheduler's goroutine table). */
export interface RaceGoroutine {
  /** Where its go statement was: the creating goroutine's stack, or a position. */
  readonly createdAt: RaceAt;
  /** It has returned (Go prints "finished"), else "running". */
  readonly finished: boolean;
  /**
   * The number the report gives it, when not its goroutine id: Go's reports number goroutines
   * as ThreadSanitizer does, usually one more than the goid (see Scheduler.raceGoroutine).
   */
  readonly number?: number;
}

/**
 * A race as `go run -race` prints it: each access with its stack (innermost frame first, each
 * frame's position followed by a pc offset, which the model has not and prints as +0x0), and
 * each goroutine other than main with the stack where it was created. A position given as a
 * plain string is printed as the one line of its stack.
 */
export function formatRace(
  r: RaceReport,
  goroutine: (id: number) => RaceGoroutine | undefined = () => undefined,
): string {
  const who = (g: number): string =>
    g === 1 ? 'main goroutine' : `goroutine ${goroutine(g)?.number ?? g}`;
  const addr = `0x${r.addr.toString(16).padStart(12, '0')}`;
  const access = (a: RaceAccess, previous: boolean): string => {
    const kind = a.write ? 'write' : 'read';
    const head = previous ? `Previous ${kind}` : kind.charAt(0).toUpperCase() + kind.slice(1);
    return `${head} at ${addr} by ${who(a.goroutine)}:\n${formatStack(a.at)}`;
  };
  let out = `==================\nWARNING: DATA RACE\n${access(r.current, false)}\n${access(r.previous, true)}`;
  for (const id of new Set([r.current.goroutine, r.previous.goroutine])) {
    const g = id === 1 ? undefined : goroutine(id);
    if (g !== undefined) {
      out += `\nGoroutine ${g.number ?? id} (${g.finished ? 'finished' : 'running'}) created at:\n${formatStack(g.createdAt)}`;
    }
  }
  return `${out}==================\n`;
}

/** A stack as race reports print it: `  func()` then `      file:line +0x0` per frame. */
export function formatStack(at: RaceAt): string {
  if (typeof at === 'string') {
    return `      ${at}\n`;
  }
  return at
    .frames()
    .map((f) => `  ${f.func}()\n      ${f.file}:${f.line} +0x0\n`)
    .join('');
}

/** The line `go run -race` prints at exit when it found races. */
export function formatRaceSummary(n: number): string {
  return `Found ${n} data race(s)\n`;
}
