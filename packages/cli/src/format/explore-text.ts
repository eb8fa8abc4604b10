import type { ExploreOutcome, ExploreReport, GoroutinePosition } from '@mapscope/interpreter';
import { shortPath } from './display-path.ts';

/** What the text report needs besides the report. */
export interface ExploreTextOptions {
  /** The command line that replays a schedule, given its token. */
  readonly replayCommand: (token: string) => string;
  /** The budget the search was given (to say where a budget-bound search stopped). */
  readonly budget?: number;
  /** The time limit the search was given, in seconds. */
  readonly timeS?: number;
  /** The working directory: race reports' absolute paths are shown relative to it. */
  readonly cwd?: string;
}

/** The most crashed goroutines listed under an outcome, and lines of output shown. */
const MAX_GOROUTINES = 4;
const MAX_OUTPUT_LINES = 3;

/** `mapscope explore`'s report: how the search went, then each outcome with its replay line. */
export function formatExploreText(report: ExploreReport, o: ExploreTextOptions): string {
  const n = report.outcomes.length;
  const out = [
    `explored ${schedules(report.schedules)} (${report.strategy}) in ${seconds(report.elapsedMs)}: ${howFar(report, o)}`,
    `${count(n)} ${n === 1 ? 'outcome' : 'outcomes'}${n === 0 ? '' : ':'}`,
  ];
  for (const [i, outcome] of report.outcomes.entries()) {
    const label = `${i + 1}. `;
    const indent = ' '.repeat(label.length);
    const share = percent(outcome.count, report.schedules);
    out.push(
      '',
      `${label}${outcomeHeadline(outcome)} · ${schedules(outcome.count)} (${share})`,
      ...outcomeDetails(outcome, o.cwd).map((l) => (l === '' ? '' : indent + l)),
      `${indent}replay: ${o.replayCommand(outcome.replay)}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Why the search stopped, and whether other outcomes may exist. */
export function howFar(
  report: ExploreReport,
  o: Omit<ExploreTextOptions, 'replayCommand'>,
): string {
  if (report.complete) {
    return 'every schedule was run';
  }
  const more = 'other schedules may have other outcomes';
  switch (report.stopped) {
    case 'budget':
      return `stopped at the budget of ${schedules(o.budget ?? report.schedules)}; ${more}`;
    case 'time':
      return `stopped at the time limit${o.timeS === undefined ? '' : ` of ${o.timeS} s`}; ${more}`;
    case 'exhausted':
      return report.preemptionBound === null
        ? `the search ended early; ${more}`
        : `every schedule with at most ${plural(report.preemptionBound, 'preemption')} was run; ` +
            'schedules with more may have other outcomes';
  }
}

/**
 * An outcome in one line: the panic or fatal error (stderr's first line of it), or the limit
 * that stopped the schedule, else the exit status; then its data races and leaked goroutines.
 */
export function outcomeHeadline(o: ExploreOutcome): string {
  const crash =
    o.end === 'exit'
      ? undefined
      : o.stderr.split('\n').find((l) => /^(panic|fatal error|mapscope): /.test(l));
  const parts = [crash ?? `exit status ${o.exitCode}`];
  if (o.races.length > 0) {
    parts.push(plural(o.races.length, 'data race'));
  }
  if (o.leaked.length > 0) {
    parts.push(`${plural(o.leaked.length, 'goroutine')} leaked`);
  }
  return parts.join(', ');
}

/** Whether an outcome is a failure: a crash, a non-zero exit, a data race or a leak. */
export function isFailure(o: ExploreOutcome): boolean {
  return o.end !== 'exit' || o.exitCode !== 0 || o.races.length > 0 || o.leaked.length > 0;
}

/** The lines under an outcome's headline (unindented). */
function outcomeDetails(o: ExploreOutcome, cwd: string | undefined): string[] {
  const lines: string[] = [];
  const crash = o.crash ?? [];
  lines.push(...crash.slice(0, MAX_GOROUTINES).map(goroutineLine));
  if (crash.length > MAX_GOROUTINES) {
    lines.push(`… and ${plural(crash.length - MAX_GOROUTINES, 'more goroutine')}`);
  }
  if (o.leaked.length > 0) {
    lines.push(`${plural(o.leaked.length, 'goroutine')} leaked: ${o.leaked.join(', ')}`);
  }
  const [race] = o.races;
  if (race !== undefined) {
    lines.push(...raceSummary(race, cwd));
    lines.push(
      o.races.length === 1
        ? '(the full report: replay it, or --json)'
        : `(${plural(o.races.length - 1, 'more data race')}; the full reports: replay it, or --json)`,
    );
  }
  if (o.stdout !== '') {
    lines.push(`stdout: ${brief(o.stdout)}`);
  }
  // A crash's stderr is its goroutine dump (replay shows it); a race's is its reports.
  if (o.end === 'exit' && o.races.length === 0 && o.stderr !== '') {
    lines.push(`stderr: ${brief(o.stderr)}`);
  }
  return lines;
}

/**
 * A race report in two lines, each access with the first frame outside the runtime:
 * `data race: read by goroutine 7 at x.go:15 in main.main.func1` then `previous write by …`.
 * A report in another layout is shown as it is.
 */
function raceSummary(report: string, cwd: string | undefined): string[] {
  const accesses: string[] = [];
  const lines = report.split('\n');
  for (const [i, line] of lines.entries()) {
    const m = /^(Previous )?(\w+(?: \w+)?) at 0x[0-9a-f]+ by (main goroutine|goroutine \d+):$/.exec(
      line,
    );
    if (m === null) {
      continue;
    }
    const frame = firstUserFrame(lines.slice(i + 1), cwd);
    const kind = `${m[1] === undefined ? '' : 'previous '}${(m[2] ?? '').toLowerCase()}`;
    accesses.push(`${kind} by ${m[3] ?? ''}${frame}`);
  }
  const [current, previous] = accesses;
  if (current === undefined || previous === undefined) {
    return report.trimEnd().split('\n');
  }
  return [`data race: ${current}`, `      and ${previous}`];
}

/** ` at x.go:15 in main.main.func1`: the stack's first frame not in package runtime. */
function firstUserFrame(stack: readonly string[], cwd: string | undefined): string {
  let fallback = '';
  for (let i = 0; i + 1 < stack.length; i += 2) {
    const func = /^ {2}(\S+)\(\)$/.exec(stack[i] ?? '')?.[1];
    const pos = /^ {6}(\S+:\d+)/.exec(stack[i + 1] ?? '')?.[1];
    if (func === undefined || pos === undefined) {
      break;
    }
    const at = ` at ${cwd === undefined || !pos.startsWith('/') ? pos : shortPath(cwd, pos)} in ${func}`;
    if (!func.startsWith('runtime.')) {
      return at;
    }
    fallback ||= at;
  }
  return fallback;
}

/** `goroutine 7 at ./main.go:12 (map assign) in main.main.func1`. */
function goroutineLine(g: GoroutinePosition): string {
  let line = `goroutine ${g.id}`;
  if (g.waitReason !== null) {
    line += ` [${g.waitReason}]`;
  }
  if (g.position !== null) {
    line += ` at ${g.position}`;
  }
  if (g.operation !== null) {
    line += ` (${g.operation})`;
  }
  if (g.func !== null) {
    line += ` in ${g.func}`;
  }
  return line;
}

/** Output as a Go-quoted-looking string: all of it when short, else its first lines and "…". */
function brief(text: string): string {
  const lines = text.split(/(?<=\n)/);
  if (lines.length <= MAX_OUTPUT_LINES && text.length <= 160) {
    return JSON.stringify(text);
  }
  const head = lines
    .slice(0, MAX_OUTPUT_LINES)
    .map((l) => (l.length > 80 ? `${l.slice(0, 80)}…` : l))
    .join('');
  return `${JSON.stringify(head)} … (${plural(lines.length, 'line')})`;
}

function schedules(n: number): string {
  return plural(n, 'schedule');
}

function plural(n: number, noun: string): string {
  return `${count(n)} ${n === 1 ? noun : `${noun}s`}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : Math.round(s).toString()} s`;
}

function percent(part: number, whole: number): string {
  if (whole === 0) {
    return '0%';
  }
  const p = (part / whole) * 100;
  if (p > 0 && p < 0.1) {
    return '<0.1%';
  }
  if (p < 100 && p > 99.9) {
    return '>99.9%';
  }
  return `${Number(p.toFixed(1)).toString()}%`;
}
