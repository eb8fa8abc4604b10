// Running a program written against the scheduler's API in tests: main gets the scheduler and
// a print function; the outcome and everything printed come back.
import { Scheduler, type GoBody, type Outcome, type SchedulerOptions } from '../src/index.ts';

/** What a test program can use. */
export interface Env {
  readonly s: Scheduler;
  /** fmt.Print of its arguments joined by spaces. */
  readonly print: (...xs: unknown[]) => void;
}

/** Runs `main` to its end. */
export function runProgram(
  main: (env: Env) => GoBody,
  o: SchedulerOptions = {},
): { outcome: Outcome; out: string } {
  const s = new Scheduler(o);
  let out = '';
  const env: Env = {
    s,
    print: (...xs) => {
      out += xs.map(String).join(' ');
    },
  };
  const outcome = s.run(main(env));
  return { outcome, out };
}

/** A goroutine body that returns at once. */
export function* nothing(): GoBody {
  // Returns without doing anything.
}
