import { UsageError } from './args.ts';
import { tourCommand } from './commands/tour.ts';
import { VET_USAGE, vetCommand } from './commands/vet.ts';
import { EXIT } from './io.ts';
import type { CommandIO } from './io.ts';
import { mapscopeVersion } from './version.ts';

export type { CommandIO } from './io.ts';
export { EXIT } from './io.ts';

/** Top-level usage text. */
export const USAGE = `mapscope: see and catch Go map hazards.

usage: mapscope <command> [arguments]

commands:
  vet       report map hazards in Go packages, like go vet (mapscope vet --help)
  tour      the classic map mistakes, what vet says and what real Go does
  version   print mapscope's version and the Go semantics it models

not supported yet (each arrives with its own part of the runtime model):
  run       run a Go program on the modelled runtime, like go run
  explore   explore every goroutine interleaving of a program
  replay    re-run one explored schedule
`;

const PLANNED: Readonly<Record<string, string>> = {
  run: 'mapscope run needs the Go interpreter, which is not built yet',
  explore: 'mapscope explore needs the interpreter and the scheduler, which are not built yet',
  replay: 'mapscope replay needs mapscope explore, which is not built yet',
};

type Command = (argv: readonly string[], io: CommandIO) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  vet: vetCommand,
  tour: tourCommand,
  version: (_argv, io) => {
    io.stdout(
      `mapscope ${mapscopeVersion()}\n` +
        'static analysis: syntax-based, per-file Go version from //go:build and go.mod\n' +
        'runtime model: not built yet (no run, explore or replay)\n',
    );
    return Promise.resolve(EXIT.ok);
  },
};

/** Runs the `mapscope` command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest[0] === 'vet') {
    io.stdout(VET_USAGE);
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
      io.stderr(`mapscope ${name}: ${e.message}\n${name === 'vet' ? VET_USAGE : USAGE}`);
      return EXIT.error;
    }
    throw e;
  }
}
