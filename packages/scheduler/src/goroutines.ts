// The runtime package's goroutine functions. Go: runtime/proc.go.
import { AccessKind, point, probed, type GoStart, type Op } from './instr.ts';
import type { RaceAt } from './race.ts';
import { GoexitSignal, type Scheduler } from './scheduler.ts';

/**
 * `go f()` (a scheduling point, then the new goroutine in runnext). Returns its id. In race
 * runs `raceCreatedAt` is the creating goroutine's stack at the go statement.
 */
export function* goStatement(
  s: Scheduler,
  body: GoStart,
  createdAt = '',
  raceCreatedAt: RaceAt = createdAt,
): Op<number> {
  if (!s.pass()) {
    yield* point({ name: 'go', object: null, access: AccessKind.Read });
  }
  return s.go(body, createdAt, raceCreatedAt).id;
}

/** `runtime.Gosched()`: lets other goroutines run; this one stays runnable. */
export function* gosched(): Op {
  try {
    yield { kind: 'yield' };
  } catch (e) {
    throw probed(e);
  }
}

/**
 * `runtime.Goexit()`: ends the goroutine after its deferred calls (the generator's `finally`
 * blocks) ran. Use as `throw goexit()`.
 */
export function goexit(): GoexitSignal {
  return new GoexitSignal();
}
