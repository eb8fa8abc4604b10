// The sync package on the scheduler: Mutex, RWMutex, WaitGroup, Once, Cond. Waiting goroutines
// show Go's wait reasons; misuse ends the program with Go's fatal errors and panics.
// Go: sync/mutex.go, rwmutex.go, waitgroup.go, once.go, cond.go, runtime/sema.go.
import { GoFatalError, GoPanic } from '@mapscope/runtime-core';
import type { Goroutine } from './goroutine.ts';
import { AccessKind, park, point, type Op } from './instr.ts';
import type { Scheduler } from './scheduler.ts';
import { WaitReason } from './wait-reason.ts';

/**
 * `sync.Mutex` in normal mode: Unlock wakes the longest waiter, which must then win the lock
 * again (a running goroutine may take it first); a woken waiter that loses goes back to the
 * head of the queue. Go: sync/mutex.go (starvation mode needs a waiter to wait 1 ms of real
 * time, which virtual time never spends while someone can run).
 */
export class Mutex {
  locked = false;
  readonly waiters: Goroutine[] = [];

  /** `m.Lock()` */
  *lock(s: Scheduler): Op {
    yield* point({ name: 'mutex lock', object: this, access: AccessKind.Write });
    let woken = false;
    while (this.locked) {
      const g = s.running();
      if (woken) {
        this.waiters.unshift(g); // Go: queueLifo for a waiter that was woken and lost
      } else {
        this.waiters.push(g);
      }
      yield* park(WaitReason.Semacquire, this);
      woken = true;
    }
    this.locked = true;
    s.acquire(this);
  }

  /** `m.TryLock()` */
  *tryLock(s: Scheduler): Op<boolean> {
    yield* point({ name: 'mutex trylock', object: this, access: AccessKind.Write });
    if (this.locked) {
      return false; // a failed TryLock synchronizes nothing
    }
    this.locked = true;
    s.acquire(this);
    return true;
  }

  /** `m.Unlock()`; unlocking an unlocked mutex is a fatal error. */
  *unlock(s: Scheduler): Op {
    yield* point({ name: 'mutex unlock', object: this, access: AccessKind.Write });
    if (!this.locked) {
      throw new GoFatalError('sync: unlock of unlocked mutex');
    }
    s.release(this);
    this.locked = false;
    const g = this.waiters.shift();
    if (g !== undefined) {
      s.ready(g);
    }
  }
}

/**
 * `sync.RWMutex`: many readers or one writer; a writer waiting keeps new readers out, and its
 * Unlock lets the readers that queued meanwhile in before the next writer. Go: sync/rwmutex.go.
 */
export class RWMutex {
  /** Serializes writers (Go: rw.w). */
  readonly w: Mutex = new Mutex();
  /** Readers holding the lock. */
  readers = 0;
  /** A writer holds the lock or waits for the readers to leave (Go: readerCount < 0). */
  writer = false;
  /** Readers the waiting writer still waits for (Go: readerWait). */
  readerWait = 0;
  writerWaiting: Goroutine | null = null;
  readonly blockedReaders: Goroutine[] = [];
  // The race detector's view (Go: race.Acquire/Release on &rw.readerSem and &rw.writerSem).
  readonly #readerSem = {};
  readonly #writerSem = {};

  /** `rw.RLock()` */
  *rlock(s: Scheduler): Op {
    yield* point({ name: 'rwmutex rlock', object: this, access: AccessKind.Write });
    if (this.writer) {
      this.blockedReaders.push(s.running());
      yield* park(WaitReason.Semacquire, this); // counted in by Unlock
    } else {
      this.readers++;
    }
    s.acquire(this.#readerSem);
  }

  /** `rw.RUnlock()` */
  *runlock(s: Scheduler): Op {
    yield* point({ name: 'rwmutex runlock', object: this, access: AccessKind.Write });
    if (this.readers === 0) {
      throw new GoFatalError('sync: RUnlock of unlocked RWMutex');
    }
    s.release(this.#writerSem);
    this.readers--;
    if (
      this.writer &&
      this.readerWait > 0 &&
      --this.readerWait === 0 &&
      this.writerWaiting !== null
    ) {
      s.ready(this.writerWaiting);
      this.writerWaiting = null;
    }
  }

  /** `rw.Lock()` */
  *lock(s: Scheduler): Op {
    yield* this.w.lock(s);
    yield* point({ name: 'rwmutex lock', object: this, access: AccessKind.Write });
    this.writer = true;
    this.readerWait = this.readers;
    if (this.readerWait > 0) {
      this.writerWaiting = s.running();
      yield* park(WaitReason.Semacquire, this);
    }
    s.acquire(this.#readerSem);
    s.acquire(this.#writerSem);
  }

  /** `rw.Unlock()` */
  *unlock(s: Scheduler): Op {
    yield* point({ name: 'rwmutex unlock', object: this, access: AccessKind.Write });
    if (!this.writer) {
      throw new GoFatalError('sync: Unlock of unlocked RWMutex');
    }
    s.release(this.#readerSem);
    this.writer = false;
    for (const g of this.blockedReaders.splice(0)) {
      this.readers++;
      s.ready(g);
    }
    yield* this.w.unlock(s);
  }
}

/** `sync.WaitGroup`. Go: sync/waitgroup.go. */
export class WaitGroup {
  counter = 0;
  readonly waiters: Goroutine[] = [];

  /** `wg.Add(delta)`; a negative counter panics; reaching zero wakes every Wait. */
  *add(s: Scheduler, delta: number): Op {
    yield* point({ name: 'waitgroup add', object: this, access: AccessKind.Write });
    if (delta < 0) {
      s.release(this); // Done happens before the Wait it unblocks returns
    }
    this.counter += delta;
    if (this.counter < 0) {
      // Go panics with a plain string here, not a runtime.Error.
      throw new GoPanic('sync: negative WaitGroup counter');
    }
    if (this.counter === 0) {
      for (const g of this.waiters.splice(0)) {
        s.ready(g);
      }
    }
  }

  /** `wg.Done()` */
  done(s: Scheduler): Op {
    return this.add(s, -1);
  }

  /** `wg.Wait()` */
  *wait(s: Scheduler): Op {
    yield* point({ name: 'waitgroup wait', object: this, access: AccessKind.Read });
    if (this.counter !== 0) {
      this.waiters.push(s.running());
      yield* park(WaitReason.Semacquire, this);
    }
    s.acquire(this);
  }
}

/**
 * `sync.Once`: the first Do runs f; the others wait until it has returned (even by panicking)
 * and then do nothing. Go: sync/once.go.
 */
export class Once {
  done = false;
  readonly m: Mutex = new Mutex();

  #isDone(): boolean {
    return this.done;
  }

  /** `once.Do(f)` */
  *do(s: Scheduler, f: () => Op): Op {
    yield* point({ name: 'once do', object: this, access: AccessKind.Read });
    if (this.done) {
      s.acquire(this); // f's completion happens before every Do returns
      return;
    }
    yield* this.m.lock(s);
    try {
      // Another goroutine may have run f while this one waited for m.
      if (!this.#isDone()) {
        try {
          yield* f();
        } finally {
          s.release(this);
          this.done = true;
        }
      }
    } finally {
      yield* this.m.unlock(s);
    }
    s.acquire(this);
  }
}

/** `sync.Cond` with its Locker. Go: sync/cond.go, runtime/sema.go notifyList. */
export class Cond {
  readonly L: Mutex;
  readonly waiters: Goroutine[] = [];

  constructor(l: Mutex) {
    this.L = l;
  }

  /** `c.Wait()`: unlocks L, waits for Signal or Broadcast, locks L again. */
  *wait(s: Scheduler): Op {
    this.waiters.push(s.running());
    yield* this.L.unlock(s);
    yield* park(WaitReason.SyncCondWait, this);
    s.acquire(this);
    yield* this.L.lock(s);
  }

  /** `c.Signal()`: wakes the longest waiter. */
  *signal(s: Scheduler): Op {
    yield* point({ name: 'cond signal', object: this, access: AccessKind.Write });
    s.release(this);
    const g = this.waiters.shift();
    if (g !== undefined) {
      s.ready(g);
    }
  }

  /** `c.Broadcast()`: wakes every waiter. */
  *broadcast(s: Scheduler): Op {
    yield* point({ name: 'cond broadcast', object: this, access: AccessKind.Write });
    s.release(this);
    for (const g of this.waiters.splice(0)) {
      s.ready(g);
    }
  }
}
