import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { langFlag, parseArgs, UsageError } from '../args.ts';
import { formatTrace } from '../format/trace-text.ts';
import { EXIT } from '../io.ts';
import type { CommandIO, GoReplayer, ReplayAnswer } from '../io.ts';
import { loadOrSay, prepareOptions } from './explore.ts';
import { EXIT_GO_TOOL, integerFlag, splitTargets } from './run.ts';

/** Usage text of `mapscope replay`. */
export const REPLAY_USAGE = `usage: mapscope replay [--trace] [--json] [--race] [--max-steps=N] [--lang=go1.N]
                       TOKEN FILE.go...|DIR [--] [ARGS...]

Re-runs one schedule found by mapscope explore, given its replay token: the program's stdout
and stderr are printed as mapscope run prints them, and mapscope exits with the program's
exit status. Give the files, --lang, --race, --max-steps and ARGS the search was given
(mapscope explore prints each outcome's replay command with them).

  --trace          print every step of the schedule on stderr, after the program's stdout
                   and before its stderr: the goroutine, its function, the position, the
                   operation and, for a map operation, the map's header after it (count, B,
                   flags such as hashWriting); → marks a switch to another goroutine
  --json           write {"run": …, "trace": […] or null} on stdout instead of the output
  --race           detect data races, as go run -race
  --max-steps=N    stop after N scheduling points
  --lang=go1.N     Go language version (default: go.mod's go line, else go1.23)

Exit status: the program's; 1 when there is nothing to run; 2 for compile errors, usage
errors and a token that does not fit the program.
`;

/** What `mapscope replay` was asked to do. */
export interface ReplayRequest {
  readonly token: string;
  readonly targets: readonly string[];
  readonly programArgs: readonly string[];
  readonly lang: ReturnType<typeof langFlag>;
  readonly race: boolean;
  readonly maxSteps: number | undefined;
  readonly trace: boolean;
  readonly json: boolean;
}

/** `mapscope replay`: re-runs one schedule and relays what the program did. */
export async function replayCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const request = parseReplayArgs(argv);
  if (request === 'help') {
    io.stdout(REPLAY_USAGE);
    return EXIT.ok;
  }
  const program = await loadOrSay('replay', io, request.targets, request.lang);
  if (program === null) {
    return EXIT_GO_TOOL;
  }
  let answer: ReplayAnswer;
  try {
    answer = await (io.replayGo ?? replayOnThisThread)(
      program.files,
      prepareOptions(program, request, io),
      request.token,
      request.trace,
    );
  } catch (e) {
    if (e instanceof Error && e.name === 'ReplayMismatch') {
      io.stderr(
        `mapscope replay: ${e.message}\n` +
          'Replay with the files, --lang, --race, --max-steps and arguments the search used.\n',
      );
      return EXIT.error;
    }
    throw e;
  }
  if ('result' in answer) {
    io.stdout(answer.result.stdout);
    io.stderr(answer.result.stderr);
    return answer.result.exitCode;
  }
  const { run, trace } = answer;
  if (request.json) {
    io.stdout(`${JSON.stringify({ run, trace }, null, 2)}\n`);
    return run.exitCode;
  }
  io.stdout(run.stdout);
  if (trace !== null) {
    io.stderr(formatTrace(trace));
  }
  io.stderr(run.stderr);
  return run.exitCode;
}

/** Splits the command line: flags, the token, then files or a directory, then ARGS. */
export function parseReplayArgs(argv: readonly string[]): ReplayRequest | 'help' {
  const args = parseArgs(argv, {
    valued: ['lang', 'max-steps'],
    boolean: ['race', 'trace', 'json', 'help', 'h'],
    stopAtPositional: true,
  });
  if (args.flags.has('help') || args.flags.has('h')) {
    return 'help';
  }
  const [token, ...rest] = args.positional;
  if (token === undefined) {
    throw new UsageError('no replay token given (mapscope explore prints one for each outcome)');
  }
  if (!/^ms\d+\./.test(token)) {
    throw new UsageError(
      `${token} is not a replay token: give the token mapscope explore printed (ms1.…), then the files`,
    );
  }
  const { targets, programArgs } = splitTargets(rest);
  return {
    token,
    targets,
    programArgs,
    lang: langFlag(args.flags.get('lang')),
    race: args.flags.has('race'),
    maxSteps: integerFlag(args.flags.get('max-steps'), 'max-steps', 1),
    trace: args.flags.has('trace'),
    json: args.flags.has('json'),
  };
}

/** Replays on the calling thread (its stack limits the depth of Go calls). */
export const replayOnThisThread: GoReplayer = async (files, prepare, token, trace) => {
  // Loaded on demand: the command line replays in a worker, which loads its own copy.
  const { prepareProgram, replayProgram } = await import('@mapscope/interpreter');
  const parser = await createNodeGoParser();
  try {
    const prepared = prepareProgram(parser, files, prepare);
    if ('result' in prepared) {
      return prepared;
    }
    return replayProgram(prepared.program, token, { trace });
  } finally {
    parser.dispose();
  }
};
