// Channels, as the runtime implements them: a ring buffer, queues of waiting senders and
// receivers, direct hand-off between goroutines, close waking everyone.
// Go: runtime/chan.go (hchan, chansend, chanrecv, closechan), runtime/select.go (selectgo).
import { GoPanic, RuntimeError, assert } from '@mapscope/runtime-core';
import type { Goroutine } from './goroutine.ts';
import { AccessKind, park, point, probed, type Op } from './instr.ts';
import type { Scheduler } from './scheduler.ts';
import { WaitReason } from './wait-reason.ts';

/** A select's shared state: once one case fires, its other waiters are void. */
interface SelectState {
  done: boolean;
}

/** A goroutine waiting on a channel. Go: runtime/runtime2.go sudog. */
interface Sudog {
  readonly g: Goroutine;
  /** The value to send, or (after a receive) the value received. */
  elem: unknown;
  /** True if woken by a communication, false if by close. */
  success: boolean;
  readonly sel: SelectState | null;
  /** The select case this waiter stands for. */
  readonly caseIndex: number;
}

let nextChanAddr = 0xc000100000;

/** A channel. Go: runtime/chan.go hchan. A nil channel is `null`. */
export class Chan {
  /** Capacity (Go: dataqsiz). */
  readonly cap: number;
  readonly zero: unknown;
  readonly addr: number = (nextChanAddr += 0x60);
  closed = false;
  readonly buf: unknown[] = [];
  readonly recvq: Sudog[] = [];
  readonly sendq: Sudog[] = [];
  /** Buffer indices of the next send and receive (Go: sendx, recvx), for the race detector. */
  sendx = 0;
  recvx = 0;
  readonly #slots: object[] = [];

  constructor(cap: number, zero: unknown) {
    if (!Number.isInteger(cap) || cap < 0) {
      throw new GoPanic(new RuntimeError('makechan: size out of range', true));
    }
    this.cap = cap;
    this.zero = zero;
  }

  /** `len(c)` */
  get len(): number {
    return this.buf.length;
  }

  /** The synchronization object of buffer slot i (slot 0 for an unbuffered channel). */
  slot(i: number): object {
    let o = this.#slots[i];
    if (o === undefined) {
      o = {};
      this.#slots[i] = o;
    }
    return o;
  }
}

// Go: runtime/chan.go racesync — a hand-off orders both goroutines' pasts before both futures.
function racesync(s: Scheduler, c: Chan, other: Goroutine): void {
  const r = s.race;
  if (r === null) {
    return;
  }
  // No goroutine runs when a timer sends (time.After): the runtime's timer context does.
  const me = s.current?.id ?? 0,
    slot = c.slot(0);
  r.release(me, slot);
  r.acquire(other.id, slot);
  r.release(other.id, slot);
  r.acquire(me, slot);
}

// Go: runtime/chan.go racenotify — a buffered slot: the k-th receive happens before the
// (k+cap)-th send completes, and each send before its receive.
function racenotify(s: Scheduler, c: Chan, idx: number, g: Goroutine | null): void {
  // A timer's send runs in the runtime's timer context, with no goroutine (id 0), as in racesync.
  s.race?.releaseAcquire(g?.id ?? 0, c.slot(idx));
}

// Go: waitq.dequeue — skips waiters of a select that another case already completed.
function dequeue(q: Sudog[]): Sudog | null {
  for (let sg = q.shift(); sg !== undefined; sg = q.shift()) {
    if (sg.sel === null) {
      return sg;
    }
    if (!sg.sel.done) {
      sg.sel.done = true;
      return sg;
    }
  }
  return null;
}

function plain(text: string): GoPanic {
  return new GoPanic(new RuntimeError(text, true));
}

/** The result of a receive: the value, and false if the channel was closed and drained. */
export type Received = readonly [value: unknown, ok: boolean];

/** `c <- v`. Go: runtime/chan.go chansend (block = true). */
export function* send(s: Scheduler, c: Chan | null, v: unknown): Op {
  if (c === null) {
    yield* park(WaitReason.ChanSendNilChan, null); // forever
    return;
  }
  if (!s.pass()) {
    yield* point({ name: 'chan send', object: c, access: AccessKind.Write });
  }
  if (trySend(s, c, v)) {
    return;
  }
  const sg: Sudog = { g: s.running(), elem: v, success: false, sel: null, caseIndex: 0 };
  c.sendq.push(sg);
  // park(), inlined: a goroutine switch passes through one generator fewer.
  try {
    yield { kind: 'park', reason: WaitReason.ChanSend, on: c };
  } catch (e) {
    throw probed(e);
  }
  if (!sg.success) {
    throw plain('send on closed channel');
  }
}

/**
 * A send that never waits: false when it would have to (Go: `select { case c <- v: default: }`,
 * as the runtime's timers send).
 */
export function sendNonBlocking(s: Scheduler, c: Chan, v: unknown): boolean {
  return trySend(s, c, v);
}

// The non-blocking part of a send: false when it would have to wait.
function trySend(s: Scheduler, c: Chan, v: unknown): boolean {
  if (c.closed) {
    throw plain('send on closed channel');
  }
  const sg = dequeue(c.recvq);
  if (sg !== null) {
    // A receiver is waiting: hand the value over directly.
    racesync(s, c, sg.g);
    sg.elem = v;
    sg.success = true;
    s.ready(sg.g, sg);
    return true;
  }
  if (c.buf.length < c.cap) {
    racenotify(s, c, c.sendx, s.current);
    c.sendx = (c.sendx + 1) % c.cap;
    c.buf.push(v);
    return true;
  }
  return false;
}

/** `v, ok := <-c`. Go: runtime/chan.go chanrecv (block = true). */
export function* recv(s: Scheduler, c: Chan | null): Op<Received> {
  if (c === null) {
    yield* park(WaitReason.ChanReceiveNilChan, null); // forever
    return [undefined, false];
  }
  if (!s.pass()) {
    yield* point({ name: 'chan receive', object: c, access: AccessKind.Write });
  }
  const r = tryRecv(s, c);
  if (r !== null) {
    return r;
  }
  const sg: Sudog = { g: s.running(), elem: c.zero, success: false, sel: null, caseIndex: 0 };
  c.recvq.push(sg);
  try {
    yield { kind: 'park', reason: WaitReason.ChanReceive, on: c }; // park(), inlined
  } catch (e) {
    throw probed(e);
  }
  return sg.success ? [sg.elem, true] : [c.zero, false];
}

// The non-blocking part of a receive: null when it would have to wait.
function tryRecv(s: Scheduler, c: Chan): Received | null {
  const sg = dequeue(c.sendq);
  if (sg !== null) {
    // A sender is waiting. Unbuffered: take its value. Buffered (so full): take the head of
    // the buffer and put the sender's value at the tail. Go: runtime/chan.go recv.
    let v = sg.elem;
    if (c.cap > 0) {
      racenotify(s, c, c.recvx, s.running());
      racenotify(s, c, c.recvx, sg.g);
      c.recvx = (c.recvx + 1) % c.cap;
      c.sendx = c.recvx;
      v = c.buf.shift();
      c.buf.push(sg.elem);
    } else {
      racesync(s, c, sg.g);
    }
    sg.success = true;
    s.ready(sg.g, sg);
    return [v, true];
  }
  if (c.buf.length > 0) {
    racenotify(s, c, c.recvx, s.running());
    c.recvx = (c.recvx + 1) % c.cap;
    return [c.buf.shift(), true];
  }
  if (c.closed) {
    s.acquire(c); // close happens before a receive that returns because of it
    return [c.zero, false];
  }
  return null;
}

/** `for v := range c { body }`: receives until c is closed and drained; body returning true breaks. */
export function* rangeChan(
  s: Scheduler,
  c: Chan | null,
  body: (v: unknown) => Op<boolean | undefined>,
): Op {
  for (;;) {
    const [v, ok] = yield* recv(s, c);
    if (!ok || (yield* body(v)) === true) {
      return;
    }
  }
}

/**
 * `close(c)`: wakes every waiting receiver (they get the zero value) and every waiting sender
 * (they panic). Go: runtime/chan.go closechan, which readies them in reverse order (a gList).
 */
export function* close(s: Scheduler, c: Chan | null): Op {
  if (c === null) {
    throw plain('close of nil channel');
  }
  if (!s.pass()) {
    yield* point({ name: 'chan close', object: c, access: AccessKind.Write });
  }
  if (c.closed) {
    throw plain('close of closed channel');
  }
  c.closed = true;
  s.release(c);
  const woken: Sudog[] = [];
  for (let sg = dequeue(c.recvq); sg !== null; sg = dequeue(c.recvq)) {
    sg.elem = c.zero;
    s.race?.acquire(sg.g.id, c);
    woken.push(sg);
  }
  for (let sg = dequeue(c.sendq); sg !== null; sg = dequeue(c.sendq)) {
    woken.push(sg);
  }
  for (const sg of woken.reverse()) {
    s.ready(sg.g, sg);
  }
}

/** One case of a select: a send of `value`, or a receive. */
export type SelectCase =
  | { readonly dir: 'send'; readonly c: Chan | null; readonly value: unknown }
  | { readonly dir: 'recv'; readonly c: Chan | null };

/** Which case a select ran (-1: default), and for a receive what it got. */
export interface Selected {
  readonly index: number;
  readonly value: unknown;
  readonly ok: boolean;
}

/**
 * `select { cases… [default] }`. Among ready cases one is chosen by the strategy (Go: uniformly
 * at random); with none ready, default runs if present, else the goroutine waits on every
 * case at once. Cases on nil channels are never ready. Go: runtime/select.go selectgo.
 */
export function* select(
  s: Scheduler,
  cases: readonly SelectCase[],
  hasDefault: boolean,
): Op<Selected> {
  if (cases.length === 0 && !hasDefault) {
    yield* park(WaitReason.SelectNoCases, null); // forever
    return { index: -1, value: undefined, ok: false };
  }
  if (!s.pass()) {
    yield* point({
      name: 'select',
      object: cases.find((k) => k.c !== null)?.c ?? null,
      access: AccessKind.Write,
    });
  }
  const open = cases.flatMap((k, index) => (k.c === null ? [] : [{ ...k, c: k.c, index }]));
  const ready = open.filter((k) => isReady(k.c, k.dir));
  if (ready.length > 0) {
    const k = ready[ready.length === 1 ? 0 : s.strategy.choose(ready.length, 'select')];
    assert(k !== undefined, 'select choice out of range');
    return complete(s, k);
  }
  if (hasDefault) {
    return { index: -1, value: undefined, ok: false };
  }
  const sel: SelectState = { done: false };
  const g = s.running();
  const waiters = open.map((k) => {
    const sg: Sudog = {
      g,
      elem: k.dir === 'send' ? k.value : k.c.zero,
      success: false,
      sel,
      caseIndex: k.index,
    };
    queueOf(k).push(sg);
    return sg;
  });
  const woken = (yield* park(WaitReason.Select, null)) as Sudog;
  // Go: selectgo pass 3 — dequeue from the other channels.
  open.forEach((k, j) => {
    const sg = waiters[j];
    if (sg !== undefined && sg !== woken) {
      const q = queueOf(k);
      q.splice(q.indexOf(sg), 1);
    }
  });
  const k = open.find((c) => c.index === woken.caseIndex);
  assert(k !== undefined, 'woken by a case that is not waiting');
  if (k.dir === 'send' && !woken.success) {
    throw plain('send on closed channel');
  }
  return { index: k.index, value: k.dir === 'recv' ? woken.elem : undefined, ok: woken.success };
}

/** A select case on a non-nil channel, with its index in the select. */
type OpenCase = SelectCase & { readonly c: Chan; readonly index: number };

function queueOf(k: OpenCase): Sudog[] {
  return k.dir === 'send' ? k.c.sendq : k.c.recvq;
}

function isReady(c: Chan, dir: 'send' | 'recv'): boolean {
  if (dir === 'send') {
    return c.closed || c.recvq.some(live) || c.buf.length < c.cap;
  }
  return c.closed || c.sendq.some(live) || c.buf.length > 0;
}

function live(sg: Sudog): boolean {
  return !(sg.sel?.done ?? false);
}

function complete(s: Scheduler, k: OpenCase): Selected {
  if (k.dir === 'send') {
    trySend(s, k.c, k.value);
    return { index: k.index, value: undefined, ok: true };
  }
  const r = tryRecv(s, k.c);
  assert(r !== null, 'a ready receive would block');
  return { index: k.index, value: r[0], ok: r[1] };
}
