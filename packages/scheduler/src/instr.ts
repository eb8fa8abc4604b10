// What a goroutine's generator yields to the scheduler. Goroutines are generators: every
// operation another goroutine could observe first yields a scheduling point naming it, so a
// strategy can run someone else first; an operation that must wait yields a park.
import type { RaceAt } from './race.ts';
import type { WaitReason } from './wait-reason.ts';

/** How an operation touches a shared object (for partial-order reduction and races). */
export const AccessKind = {
  Read: 'read',
  Write: 'write',
} as const;
/** One of {@link AccessKind}'s values. */
export type AccessKind = (typeof AccessKind)[keyof typeof AccessKind];

/** The visible operation a goroutine is about to perform. */
export interface Operation {
  /** What it is, for traces: "chan send", "mutex lock", "go", … */
  readonly name: string;
  /** The object it touches (a channel, a mutex, a map …), or null for none. */
  readonly object: object | null;
  /**
   * The cell of `object` it touches (an element of an array holding Go memory), when the
   * object is memory: operations on different cells of one object do not conflict.
   */
  readonly index?: number;
  readonly access: AccessKind;
  /** Where in the program, when the caller knows: a position or the goroutine's stack. */
  readonly at?: RaceAt;
}

/** A scheduling point before `op`. */
export interface PointInstr {
  readonly kind: 'point';
  readonly op: Operation;
}

/** Block until another goroutine or a timer readies this one. */
export interface ParkInstr {
  readonly kind: 'park';
  readonly reason: WaitReason;
  /** What the goroutine waits on (a channel, a mutex …), for deadlock and leak reports. */
  readonly on: object | null;
}

/** Give up the processor but stay runnable (runtime.Gosched). */
export interface YieldInstr {
  readonly kind: 'yield';
}

/** A yielded instruction. */
export type Instr = PointInstr | ParkInstr | YieldInstr;

/** A goroutine's code: a generator of instructions; `yield*` composes operations. */
export type GoBody = Generator<Instr, void, unknown>;

/**
 * A goroutine's code, or what makes it given the goroutine's id (so that code which needs its
 * id need not wrap the body in another generator, a level every switch passes through).
 */
export type GoStart = GoBody | ((id: number) => GoBody);

/** An operation usable with `yield*` that produces a T. */
export type Op<T = void> = Generator<Instr, T, unknown>;

/** A scheduling point before `op` (use as `yield* point(op)`). */
export function* point(op: Operation): Op {
  try {
    yield { kind: 'point', op };
  } catch (e) {
    throw probed(e);
  }
}

/** Parks the current goroutine; resumes with the value it was readied with. */
export function* park(reason: WaitReason, on: object | null): Op<unknown> {
  try {
    return yield { kind: 'park', reason, on };
  } catch (e) {
    throw probed(e);
  }
}

/**
 * Thrown into a suspended goroutine (Goroutine.probe) to learn where it is: the yield it
 * stopped at records the JavaScript stack there, which holds every frame of the goroutine
 * (resuming a generator re-enters each generator that delegates to it). Nothing of the
 * goroutine's own code handles it, so it unwinds the goroutine without running anything.
 */
export class StackProbe {
  /** The stack at the yield, once a yield saw the probe. */
  at: string | null = null;
}

/** What a yield site rethrows: `e`, with the stack recorded if it is a StackProbe. */
export function probed(e: unknown): unknown {
  if (e instanceof StackProbe && e.at === null) {
    e.at = new Error().stack ?? '';
  }
  return e;
}
