import { StackProbe, type GoBody, type Instr, type Operation } from './instr.ts';
import type { WaitReason } from './wait-reason.ts';

/** A goroutine's status, as Go reports it. Go: runtime/runtime2.go _Grunnable … _Gdead. */
export const GStatus = {
  Runnable: 'runnable',
  Running: 'running',
  Waiting: 'waiting',
  Dead: 'dead',
} as const;
/** One of {@link GStatus}'s values. */
export type GStatus = (typeof GStatus)[keyof typeof GStatus];

/** A goroutine. Go: runtime/runtime2.go g. */
export class Goroutine {
  status: GStatus = GStatus.Runnable;
  /** While waiting: why, and on what. */
  waitReason: WaitReason | null = null;
  waitingOn: object | null = null;
  /** The value the goroutine is readied with (what its park yields back). */
  param: unknown = undefined;
  /** Scheduling points passed since it last started running (for time slices). */
  steps = 0;
  /**
   * The operation it performs when it next runs, if it stopped at a scheduling point; null
   * when it is new or was just woken (it runs local code until its next point).
   */
  pendingOp: Operation | null = null;
  /** The operation of the last scheduling point it passed (where a crash finds it). */
  lastOp: Operation | null = null;
  readonly id: number;
  // Private, so that comparing goroutines (as test matchers do) never iterates the generator.
  readonly #body: GoBody;
  /** The goroutine whose `go` statement created it (0 for main), and where. */
  readonly parent: number;
  readonly createdAt: string;

  constructor(id: number, body: GoBody, parent: number, createdAt: string) {
    this.id = id;
    this.#body = body;
    this.parent = parent;
    this.createdAt = createdAt;
  }

  /**
   * The JavaScript stack where the goroutine is suspended (null if it never ran), for reports
   * at the end of a run: the goroutine is unwound and cannot run again.
   */
  probe(): string | null {
    const probe = new StackProbe();
    try {
      this.#body.throw(probe);
    } catch (e) {
      if (e !== probe) {
        return null;
      }
    }
    return probe.at;
  }

  /** Runs the goroutine's code up to its next instruction. */
  resume(param: unknown): IteratorResult<Instr, void> {
    return this.#body.next(param);
  }
}
