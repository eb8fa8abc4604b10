// GODEBUG=gctrace=1 lines, in Go 1.19's exact format. Go: runtime/mgc.go gcMarkTermination,
// fmtNSAsMS, itoaDiv.
import type { CycleReport } from './gc-heap.ts';

/** When each phase of a cycle started and when it ended, in nanoseconds of virtual time. */
export interface CycleTimes {
  sweepTerm: number;
  mark: number;
  markTerm: number;
  end: number;
}

/** Go: itoaDiv — val / 10^dec with dec decimals. */
function itoaDiv(val: number, dec: number): string {
  const s = String(Math.trunc(val)).padStart(dec + 1, '0');
  return dec === 0 ? s : `${s.slice(0, s.length - dec)}.${s.slice(s.length - dec)}`;
}

/** Go: fmtNSAsMS — whole ms from 10 ms on, else two significant digits, at most 3 decimals. */
export function fmtNSAsMS(ns: number): string {
  if (ns >= 10e6) {
    return itoaDiv(Math.floor(ns / 1e6), 0);
  }
  let x = Math.floor(ns / 1e3);
  if (x === 0) {
    return '0';
  }
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}

const MB = (b: number): number => Math.floor(b / (1 << 20));

/**
 * `gc N @Ts P%: clock ms clock, cpu ms cpu, heap0->heap1->heap2 MB, goal MB goal, S MB stacks,
 * G MB globals, P P[ (forced)]`. The model runs on one P and does not measure CPU time
 * separately: the cpu fields repeat the clock phases (assist and idle time as 0).
 */
export function gctraceLine(r: CycleReport, t: CycleTimes): string {
  const clock = [t.mark - t.sweepTerm, t.markTerm - t.mark, t.end - t.markTerm]
    .map(fmtNSAsMS)
    .join('+');
  const cpu = `${fmtNSAsMS(t.mark - t.sweepTerm)}+0/${fmtNSAsMS(t.markTerm - t.mark)}/0+${fmtNSAsMS(t.end - t.markTerm)}`;
  const goal = Number.isFinite(r.goal) ? MB(r.goal) : 8796093022197;
  return (
    `gc ${r.n} @${itoaDiv(Math.floor(t.sweepTerm / 1e6), 3)}s 0%: ${clock} ms clock, ${cpu} ms cpu, ` +
    `${MB(r.heap0)}->${MB(r.heap1)}->${MB(r.heap2)} MB, ${goal} MB goal, 0 MB stacks, 0 MB globals, 1 P` +
    (r.forced ? ' (forced)' : '')
  );
}
