import { availableParallelism } from 'node:os';
import { goMinor, PackageLoadError } from '@mapscope/go-syntax';
import type { GoVersion } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import type {
  ExploreReport,
  ExploreStrategy,
  PrepareOptions,
  SearchOptions,
} from '@mapscope/interpreter';
import { langFlag, parseArgs, UsageError } from '../args.ts';
import { exploreJson } from '../format/explore-json.ts';
import { formatExploreText, isFailure } from '../format/explore-text.ts';
import { EXIT, isFsError } from '../io.ts';
import type { CommandIO, ExploreAnswer, GoExplorer } from '../io.ts';
import { ProgressLine } from '../progress.ts';
import { definedEntries, integerFlag, loadProgram, splitTargets } from './run.ts';
import type { LoadedProgram } from './run.ts';

/** Usage text of `mapscope explore`. */
export const EXPLORE_USAGE = `usage: mapscope explore [--strategy=auto|dpor|pct|random] [--budget=N] [--time=S] [--seed=N]
                        [--preemption-bound=N] [--depth=N] [--workers=N] [--race]
                        [--max-steps=N] [--lang=go1.N] [--json] FILE.go...|DIR [--] [ARGS...]

Runs a Go main package under many goroutine schedules on mapscope's model of the Go runtime
and reports each distinct outcome (exit status, output, panic or fatal error, data races,
leaked goroutines): how many schedules ended that way, where the goroutines were when it
crashed, and the mapscope replay command that re-runs one of those schedules. FILE.go...,
DIR and ARGS are as for mapscope run.

  --strategy=S          auto (default): dpor for programs with few scheduling points, else pct
                        dpor: every schedule that can behave differently (exhaustive, with
                              partial-order reduction); the report says when it ran them all
                        pct: probabilistic concurrency testing, good at bugs of small depth
                        random: a random goroutine at every scheduling point
  --budget=N            run at most N schedules (default 100000)
  --time=S              stop after S seconds (decimals allowed; default 60)
  --seed=N              seed of the pct and random searches (default 1)
  --preemption-bound=N  dpor: at most N preemptions per schedule (default: no bound)
  --depth=N             pct: the bug depth it aims at (default 3)
  --workers=N           search on N threads (default: one per core); dpor uses one
  --race                detect data races in every schedule, as go run -race
  --max-steps=N         stop a schedule after N scheduling points
  --lang=go1.N          Go language version (default: go.mod's go line, else go1.23)
  --json                write the report as JSON on stdout

On a terminal, a progress line is redrawn on stderr while the search runs.

Exit status: 0 when every outcome found is a clean exit (status 0, no data race, no leaked
goroutine); 1 when some schedule fails (a panic, a fatal error, a non-zero exit status, a
data race or a leaked goroutine); 2 for compile errors, usage errors and nothing to run.
`;

const STRATEGIES: readonly ExploreStrategy[] = ['auto', 'dpor', 'pct', 'random'];

/** What `mapscope explore` was asked to do. */
export interface ExploreRequest {
  readonly targets: readonly string[];
  readonly programArgs: readonly string[];
  readonly lang: GoVersion | undefined;
  readonly race: boolean;
  readonly maxSteps: number | undefined;
  readonly json: boolean;
  readonly workers: number;
  readonly search: Omit<SearchOptions, 'onProgress' | 'shard'>;
}

/** `mapscope explore`: searches the program's schedules and reports the outcomes. */
export async function exploreCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const request = parseExploreArgs(argv);
  if (request === 'help') {
    io.stdout(EXPLORE_USAGE);
    return EXIT.ok;
  }
  const program = await loadOrSay('explore', io, request.targets, request.lang);
  if (program === null) {
    return EXIT.error;
  }
  const progress = progressLine(io, request.search.budget ?? DEFAULT_BUDGET);
  let answer: ExploreAnswer;
  try {
    answer = await (io.exploreGo ?? exploreOnThisThread)(
      program.files,
      prepareOptions(program, request, io),
      request.search,
      request.workers,
      progress === null
        ? undefined
        : (p) => {
            progress.update(p);
          },
    );
  } finally {
    progress?.clear();
  }
  if ('result' in answer) {
    io.stdout(answer.result.stdout);
    io.stderr(answer.result.stderr);
    return EXIT.error;
  }
  io.stdout(formatReport(answer.report, request, io.cwd));
  return answer.report.outcomes.some(isFailure) ? EXIT.findings : EXIT.ok;
}

/** A progress line on stderr when it is a terminal, else null (explore is silent there). */
function progressLine(io: CommandIO, budget: number): ProgressLine | null {
  if (io.stderrIsTTY !== true) {
    return null;
  }
  return new ProgressLine({
    write: (text) => {
      io.stderr(text);
    },
    now: io.now ?? (() => performance.now()),
    budget,
  });
}

/** The searches' default budget (the interpreter's). */
const DEFAULT_BUDGET = 100_000;

/** The default time limit of a search. */
const DEFAULT_TIME_MS = 60_000;

function formatReport(report: ExploreReport, request: ExploreRequest, cwd: string): string {
  if (request.json) {
    return `${JSON.stringify(exploreJson(report), null, 2)}\n`;
  }
  return formatExploreText(report, {
    replayCommand: (token) => replayCommandLine(token, request),
    cwd,
    budget: request.search.budget ?? DEFAULT_BUDGET,
    ...(request.search.timeMs === undefined ? {} : { timeS: request.search.timeMs / 1000 }),
  });
}

/** Splits the command line: flags, then files or a directory, then the program's ARGS. */
export function parseExploreArgs(argv: readonly string[]): ExploreRequest | 'help' {
  const args = parseArgs(argv, {
    valued: [
      'lang',
      'strategy',
      'budget',
      'time',
      'seed',
      'preemption-bound',
      'depth',
      'workers',
      'max-steps',
    ],
    boolean: ['race', 'json', 'help', 'h'],
    stopAtPositional: true,
  });
  if (args.flags.has('help') || args.flags.has('h')) {
    return 'help';
  }
  const { targets, programArgs } = splitTargets(args.positional);
  const strategy = strategyFlag(args.flags.get('strategy'));
  const seed = integerFlag(args.flags.get('seed'), 'seed', 0);
  const preemptionBound = integerFlag(args.flags.get('preemption-bound'), 'preemption-bound', 0);
  const depth = integerFlag(args.flags.get('depth'), 'depth', 1);
  checkApplies('seed', seed, strategy, ['pct', 'random']);
  checkApplies('preemption-bound', preemptionBound, strategy, ['dpor']);
  checkApplies('depth', depth, strategy, ['pct']);
  const budget = integerFlag(args.flags.get('budget'), 'budget', 1);
  // A program whose every schedule runs to the step limit must not keep the search for hours.
  const timeMs = secondsFlag(args.flags.get('time')) ?? DEFAULT_TIME_MS;
  return {
    targets,
    programArgs,
    lang: langFlag(args.flags.get('lang')),
    race: args.flags.has('race'),
    maxSteps: integerFlag(args.flags.get('max-steps'), 'max-steps', 1),
    json: args.flags.has('json'),
    workers: integerFlag(args.flags.get('workers'), 'workers', 1) ?? availableParallelism(),
    search: {
      strategy,
      ...(budget === undefined ? {} : { budget }),
      timeMs,
      ...(seed === undefined ? {} : { seed }),
      ...(preemptionBound === undefined ? {} : { preemptionBound }),
      ...(depth === undefined ? {} : { depth }),
    },
  };
}

function strategyFlag(value: string | true | undefined): ExploreStrategy {
  if (value === undefined) {
    return 'auto';
  }
  const s = STRATEGIES.find((name) => name === value);
  if (s === undefined) {
    throw new UsageError(
      `invalid --strategy=${String(value)}: want one of ${STRATEGIES.join(', ')}`,
    );
  }
  return s;
}

/** A strategy's own flag given with another strategy is a mistake worth saying. */
function checkApplies(
  flag: string,
  value: number | undefined,
  strategy: ExploreStrategy,
  applies: readonly ExploreStrategy[],
): void {
  if (value !== undefined && strategy !== 'auto' && !applies.includes(strategy)) {
    throw new UsageError(
      `--${flag} applies to --strategy=${applies.join(' or ')}, not --strategy=${strategy}`,
    );
  }
}

/** `--time=S`: seconds, decimals allowed, more than zero; in milliseconds. */
function secondsFlag(value: string | true | undefined): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const s = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(s > 0) || !Number.isFinite(s)) {
    throw new UsageError(`invalid --time=${String(value)}: want a number of seconds > 0, e.g. 2.5`);
  }
  return Math.max(1, Math.round(s * 1000));
}

/**
 * Loads the program to explore or replay; a missing file or a directory without Go files is
 * reported (`mapscope NAME: …`) and gives null.
 */
export async function loadOrSay(
  name: string,
  io: CommandIO,
  targets: readonly string[],
  lang: GoVersion | undefined,
): Promise<LoadedProgram | null> {
  try {
    return await loadProgram(io.cwd, targets, lang);
  } catch (e) {
    if (e instanceof PackageLoadError || isFsError(e)) {
      io.stderr(`mapscope ${name}: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}

/** How every schedule of the program runs: its language version, race detection, limits. */
export function prepareOptions(
  program: LoadedProgram,
  request: Pick<ExploreRequest, 'race' | 'maxSteps' | 'programArgs'>,
  io: CommandIO,
): PrepareOptions {
  return {
    goMinor: goMinor(program.version),
    ...(request.race ? { race: true } : {}),
    ...(request.maxSteps === undefined ? {} : { maxSteps: request.maxSteps }),
    args: request.programArgs,
    env: definedEntries(io.env ?? {}),
  };
}

/**
 * The command that replays a schedule of this search: the same files (as the user typed
 * them), the flags that change what the program does, and its arguments.
 */
export function replayCommandLine(
  token: string,
  request: Pick<ExploreRequest, 'lang' | 'race' | 'maxSteps' | 'targets' | 'programArgs'>,
): string {
  const words = ['mapscope', 'replay'];
  if (request.lang !== undefined) {
    words.push(`--lang=${request.lang}`);
  }
  if (request.race) {
    words.push('--race');
  }
  if (request.maxSteps !== undefined) {
    words.push(`--max-steps=${request.maxSteps}`);
  }
  words.push(token, ...request.targets);
  if (request.programArgs.length > 0) {
    words.push('--', ...request.programArgs);
  }
  return words.map(shellQuote).join(' ');
}

/** A word as a POSIX shell reads it back: quoted only when it needs to be. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Explores on the calling thread: the shards one after another, merged as the worker pool
 * merges them (so the report does not depend on where it ran).
 */
export const exploreOnThisThread: GoExplorer = async (
  files,
  prepare,
  search,
  workers,
  onProgress,
) => {
  // Loaded on demand: the command line explores in workers, which load their own copies.
  const { exploreProgram, mergeReports, prepareProgram } = await import('@mapscope/interpreter');
  const parser = await createNodeGoParser();
  try {
    const prepared = prepareProgram(parser, files, prepare);
    if ('result' in prepared) {
      return prepared;
    }
    const count = search.strategy === 'dpor' ? 1 : workers;
    const reports: ExploreReport[] = [];
    let done = 0;
    for (let index = 0; index < count; index++) {
      const report = exploreProgram(prepared.program, {
        ...search,
        shard: { index, count },
        ...(onProgress === undefined
          ? {}
          : {
              onProgress: (p: { schedules: number; outcomes: number }) => {
                onProgress({ schedules: done + p.schedules, outcomes: p.outcomes });
              },
            }),
      });
      done += report.schedules;
      reports.push(report);
    }
    return { report: mergeReports(reports) };
  } finally {
    parser.dispose();
  }
};
