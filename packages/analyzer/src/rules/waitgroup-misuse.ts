import type { Candidates, DeclContext, Rule } from '../rule.ts';
import { waitGroupCall } from './wait-group.ts';
import { checkCopiedWaitGroup } from './waitgroup-by-value.ts';
import { checkDoneSkipped } from './waitgroup-done-skipped.ts';
import { checkWaitInLoop } from './waitgroup-wait-in-loop.ts';

/**
 * MH012 waitgroup-misuse: `sync.WaitGroup` uses that reliably hang or skip the wait.
 * Three checks, each kept to shapes whose outcome is certain (see their files):
 * - `wg.Wait()` in the loop that starts the goroutines after `wg.Add(n)` for all of them
 *   was done before the loop: the first Wait never returns (waitgroup-wait-in-loop.ts);
 * - `Done` or `Wait` on a WaitGroup copied into a value parameter or value receiver: the
 *   caller's counter never moves, or the copy's never does (waitgroup-by-value.ts);
 * - a `wg.Done()` that is not deferred, skipped by an earlier `return` of the goroutine
 *   that owes it (waitgroup-done-skipped.ts).
 * Left out because they cannot be made precise syntactically: a Wait in the loop that
 * merely serializes the goroutines (often intended: the parent works beside each one),
 * panics on the path to a plain Done (they usually crash the program anyway), and a Done
 * that runs before other defers that still write shared state.
 */
export const waitgroupMisuse: Rule = {
  id: 'MH012',
  mayConcern: (source) => /\.(Done|Wait)\s*\(/.test(source),
  wants: (c: Candidates) => c.has('wgcall'),
  check(ctx: DeclContext): void {
    ctx.decl.walk((n) => {
      const wg = n.type === 'call_expression' ? waitGroupCall(ctx, n) : undefined;
      if (wg !== undefined) {
        checkWaitInLoop(ctx, wg);
        checkCopiedWaitGroup(ctx, wg);
        checkDoneSkipped(ctx, wg);
      }
      return true;
    });
  },
};
