import { UsageError } from './args.ts';
import { EXIT } from './io.ts';
import type { CommandIO } from './io.ts';
import { mapscopeVersion } from './version.ts';

export type { CommandIO } from './io.ts';
export { EXIT } from './io.ts';

/** Top-level usage text. */
export const USAGE = `mapscope: see and catch Go map hazards.

usage: mapscope <command> [arguments]

commands:
  run       run a Go program on the modelled runtime, like go run (mapscope run --help)
  explore   run a Go program under many goroutine interleavings and report each outcome
  replay    re-run one schedule that explore found, optionally with its step-by-step trace
  vet       report map hazards in Go packages, like go vet (mapscope vet --help)
  tour      the classic map mistakes, what vet says, what real Go does, what explore finds
  daemon    the background runner that makes later runs start fast (status, stop)
  version   print mapscope's version and the Go semantics it models
`;

/** What `mapscope version` says the runtime model covers. */
export const MODEL_SUMMARY = `\
static analysis: syntax-based, per-file Go version from //go:build and go.mod
run: an interpreter over the modelled runtime (runtime-core's maps, the scheduler's goroutines)
maps: classic hmap (Go 1.19–1.23) modelled; Swiss table (Go 1.24+) not modelled yet, so go1.24+ programs run on the classic hmap
explore, replay: searches over the scheduler's interleavings (dpor, pct, random) of the interpreter's runs
`;

/**
 * Each command's own usage text, printed for `help NAME` and with its usage errors. Commands
 * are loaded when used: a run need not load the analyzer, nor a vet the interpreter.
 */
const COMMAND_USAGE: Readonly<Record<string, () => Promise<string>>> = {
  run: async () => (await import('./commands/run.ts')).RUN_USAGE,
  explore: async () => (await import('./commands/explore.ts')).EXPLORE_USAGE,
  replay: async () => (await import('./commands/replay.ts')).REPLAY_USAGE,
  vet: async () => (await import('./commands/vet.ts')).VET_USAGE,
  daemon: async () => (await import('./commands/daemon.ts')).DAEMON_USAGE,
};

/** Commands that are announced but not built yet: they say so and exit 2. */
const PLANNED: Readonly<Record<string, string>> = {};

type Command = (argv: readonly string[], io: CommandIO) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  run: async (argv, io) => (await import('./commands/run.ts')).runCommand(argv, io),
  explore: async (argv, io) => (await import('./commands/explore.ts')).exploreCommand(argv, io),
  replay: async (argv, io) => (await import('./commands/replay.ts')).replayCommand(argv, io),
  vet: async (argv, io) => (await import('./commands/vet.ts')).vetCommand(argv, io),
  tour: async (argv, io) => (await import('./commands/tour.ts')).tourCommand(argv, io),
  daemon: async (argv, io) => (await import('./commands/daemon.ts')).daemonCommand(argv, io),
  version: (_argv, io) => {
    io.stdout(`mapscope ${mapscopeVersion()}\n${MODEL_SUMMARY}`);
    return Promise.resolve(EXIT.ok);
  },
};

/** Runs the `mapscope` command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  const helpText = name === 'help' ? await COMMAND_USAGE[rest[0] ?? '']?.() : undefined;
  if (helpText !== undefined) {
    io.stdout(helpText);
    return EXIT.ok;
  }
  if (name === undefined || name === 'help' || name === '-h' || name === '--help') {
    if (name === undefined) {
      io.stderr(USAGE);
    } else {
      io.stdout(USAGE);
    }
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  const planned = PLANNED[name];
  if (planned !== undefined) {
    io.stderr(`mapscope ${name}: not supported yet: ${planned}\n`);
    return EXIT.error;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`mapscope: unknown command "${name}"\nRun 'mapscope help' for usage.\n`);
    return EXIT.error;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`mapscope ${name}: ${e.message}\n${(await COMMAND_USAGE[name]?.()) ?? USAGE}`);
      return EXIT.error;
    }
    throw e;
  }
}
