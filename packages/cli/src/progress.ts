// The progress line of `mapscope explore`: one line on a terminal's stderr, redrawn in place
// (carriage return, erase to the end of the line) at most every 100 ms, erased at the end.

/** How far a search has got. */
export interface SearchProgress {
  readonly schedules: number;
  readonly outcomes: number;
}

/** Where the line goes and how it tells time. */
export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** Milliseconds from a fixed point. */
  readonly now: () => number;
  /** The most schedules the search runs, for the bar; none for a search limited only by time. */
  readonly budget?: number;
  /** The least time between two redraws (default 100 ms). */
  readonly intervalMs?: number;
}

const ERASE_LINE = '\r\x1b[K';
const BAR_WIDTH = 20;

/** A progress line; {@link update} it as often as you like, {@link clear} it before output. */
export class ProgressLine {
  readonly #o: ProgressOptions;
  readonly #start: number;
  #lastDraw = -Infinity;
  #drawn = false;

  constructor(o: ProgressOptions) {
    this.#o = o;
    this.#start = o.now();
  }

  /** Redraws the line, unless it was drawn less than the interval ago. */
  update(p: SearchProgress): void {
    const t = this.#o.now();
    if (t - this.#lastDraw < (this.#o.intervalMs ?? 100)) {
      return;
    }
    this.#lastDraw = t;
    this.#drawn = true;
    this.#o.write(ERASE_LINE + progressText(p, t - this.#start, this.#o.budget));
  }

  /** Erases the line (when it was drawn). */
  clear(): void {
    if (this.#drawn) {
      this.#o.write(ERASE_LINE);
      this.#drawn = false;
    }
  }
}

/**
 * The text of the line: `exploring [#####---------------] 2,500/10,000 schedules · 2 outcomes ·
 * 1,250/s`.
 */
export function progressText(p: SearchProgress, elapsedMs: number, budget?: number): string {
  const parts: string[] = [];
  if (budget !== undefined && budget > 0) {
    const done = Math.min(BAR_WIDTH, Math.floor((p.schedules / budget) * BAR_WIDTH));
    parts.push(
      `exploring [${'#'.repeat(done)}${'-'.repeat(BAR_WIDTH - done)}] ` +
        `${count(p.schedules)}/${count(budget)} schedules`,
    );
  } else {
    parts.push(`exploring: ${plural(p.schedules, 'schedule')}`);
  }
  parts.push(plural(p.outcomes, 'outcome'));
  if (elapsedMs > 0) {
    parts.push(`${count(Math.round((p.schedules * 1000) / elapsedMs))}/s`);
  }
  return parts.join(' · ');
}

function plural(n: number, noun: string): string {
  return `${count(n)} ${n === 1 ? noun : `${noun}s`}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
