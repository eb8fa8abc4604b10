import {
  effectiveGoVersion,
  goMinor,
  linuxAmd64,
  loadPackages,
  matchFile,
  PackageLoadError,
} from '@mapscope/go-syntax';
import type { GoVersion, PackageSource } from '@mapscope/go-syntax';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import type { RunOptions, SourceInput } from '@mapscope/interpreter';
import { langFlag, parseArgs, UsageError } from '../args.ts';
import { displayPath, shortPath } from '../format/display-path.ts';
import { EXIT, isFsError } from '../io.ts';
import type { CommandIO, GoRunner } from '../io.ts';

/** The newest Go language version the interpreter fully models: the default without go.mod. */
export const NEWEST_MODELLED_GO: GoVersion = 'go1.23';

/** Usage text of `mapscope run`. */
export const RUN_USAGE = `usage: mapscope run [--lang=go1.N] [--seed=N] [--race] [--max-steps=N] FILE.go...|DIR [--] [ARGS...]

Runs a Go main package on mapscope's model of the Go runtime, like go run: the program's
stdout and stderr are printed as they are, and mapscope exits with the program's exit
status (0, os.Exit's code, 2 for a panic or fatal error). FILE.go... are the files of the
program (all in one directory); DIR runs the directory's non-test .go files. The
arguments after the files or DIR (an optional -- first is dropped) are os.Args[1:].

  --lang=go1.N     Go language version (loop variables, min/max/clear, range over int and func);
                   default: the go line of the nearest go.mod, else go1.23
  --seed=N         seed of the scheduler's choices (default 1): same seed, same run
  --race           detect data races, as go run -race (exit status 66 after a race)
  --max-steps=N    stop after N scheduling points (default 50000000)

Exit status: the program's; 1 when there is nothing to run (missing file, no Go files,
not a main package); 2 for compile errors and usage errors.
`;

/** Exit status of the go command when it finds nothing to run (cmd/go base.Fatalf). */
export const EXIT_GO_TOOL = 1;

/** What `mapscope run` was asked to do. */
export interface RunRequest {
  readonly targets: readonly string[];
  readonly programArgs: readonly string[];
  readonly lang: GoVersion | undefined;
  readonly options: Omit<RunOptions, 'goMinor' | 'args' | 'env'>;
}

/** `mapscope run`: loads the package, runs it on the interpreter, relays its output. */
export async function runCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const request = parseRunArgs(argv);
  if (request === 'help') {
    io.stdout(RUN_USAGE);
    return EXIT.ok;
  }
  let program: LoadedProgram;
  try {
    program = await loadProgram(io.cwd, request.targets, request.lang);
  } catch (e) {
    if (e instanceof PackageLoadError || isFsError(e)) {
      io.stderr(`mapscope run: ${e.message}\n`);
      return EXIT_GO_TOOL;
    }
    throw e;
  }
  // The program's output is printed as it is written, as go run prints it.
  const result = await (io.runGo ?? runOnThisThread)(
    program.files,
    {
      ...request.options,
      goMinor: goMinor(program.version),
      args: request.programArgs,
      env: definedEntries(io.env ?? {}),
      cwd: io.cwd,
    },
    io.output === undefined ? decodedOutput(io) : (fd, bytes) => io.output?.(fd, bytes),
  );
  return result.exitCode;
}

/** Output bytes decoded from UTF-8 (a character may span writes) for io's stdout and stderr. */
function decodedOutput(io: CommandIO): (fd: 1 | 2, bytes: Uint8Array) => void {
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  return (fd, bytes) => {
    const text = decoders[fd].decode(bytes, { stream: true });
    if (fd === 1) {
      io.stdout(text);
    } else {
      io.stderr(text);
    }
  };
}

/** Runs the program on the calling thread (its stack limits the depth of Go calls). */
const runOnThisThread: GoRunner = async (files, options, onOutput) => {
  // Loaded on demand: the command line runs programs in a worker, which loads its own copy.
  const { runProgram } = await import('@mapscope/interpreter');
  const parser = await createNodeGoParser();
  try {
    return runProgram(parser, files, {
      ...options,
      ...(onOutput === undefined
        ? {}
        : {
            onOutput: (fd: 1 | 2, bytes: string) => {
              onOutput(fd, Buffer.from(bytes, 'latin1'));
            },
          }),
    });
  } finally {
    parser.dispose();
  }
};

/** The sources of the package to run, named as Go names them, and its language version. */
export interface LoadedProgram {
  readonly files: readonly SourceInput[];
  readonly version: GoVersion;
}

/**
 * Loads the main package named by `targets` (`.go` files or one directory), with the language
 * version it runs with; throws PackageLoadError (or a file system error) when there is none.
 */
export async function loadProgram(
  cwd: string,
  targets: readonly string[],
  lang: GoVersion | undefined,
): Promise<LoadedProgram> {
  const pkg = await loadMainPackage(cwd, targets);
  // The whole program runs with one language version: --lang, else go.mod, else the newest.
  const version =
    effectiveGoVersion({ moduleVersion: pkg.module?.goVersion, override: lang }).version ??
    NEWEST_MODELLED_GO;
  let files = await Promise.all(
    pkg.files.map(async (f) => ({
      path: displayPath(cwd, f),
      // Race reports print absolute paths, as Go's do.
      absPath: f,
      source: await nodeFS.readFile(f),
    })),
  );
  // Files named on the command line are built whatever their constraints say, as go run does;
  // a directory's files are those a linux/amd64 build of that Go release would include.
  if (!targets.some((t) => t.endsWith('.go'))) {
    const ctx = linuxAmd64(goMinor(version));
    files = files.filter((f) => matchFile(ctx, f.path, f.source));
    if (files.length === 0) {
      throw new PackageLoadError(
        `build constraints exclude all Go files in ${shortPath(cwd, pkg.dir)}`,
      );
    }
  }
  return { files, version };
}

/** Splits the command line as go run does: flags, then files or a directory, then ARGS. */
export function parseRunArgs(argv: readonly string[]): RunRequest | 'help' {
  const args = parseArgs(argv, {
    valued: ['lang', 'seed', 'max-steps'],
    boolean: ['race', 'help', 'h'],
    stopAtPositional: true,
  });
  if (args.flags.has('help') || args.flags.has('h')) {
    return 'help';
  }
  const { targets, programArgs } = splitTargets(args.positional);
  const seed = integerFlag(args.flags.get('seed'), 'seed', 0);
  const maxSteps = integerFlag(args.flags.get('max-steps'), 'max-steps', 1);
  return {
    targets,
    programArgs,
    lang: langFlag(args.flags.get('lang')),
    options: {
      ...(seed === undefined ? {} : { seed }),
      ...(maxSteps === undefined ? {} : { maxSteps }),
      ...(args.flags.has('race') ? { race: true } : {}),
    },
  };
}

/**
 * Splits the arguments after the flags as go run does: the leading `.go` files (or else one
 * directory), then the program's arguments (an optional `--` first is dropped).
 */
export function splitTargets(rest: readonly string[]): {
  targets: readonly string[];
  programArgs: readonly string[];
} {
  // Go: cmd/go/internal/run runRun: leading arguments ending in .go are the files.
  let n = 0;
  while (n < rest.length && rest[n]?.endsWith('.go') === true) {
    n++;
  }
  const targets = rest.slice(0, Math.max(n, 1));
  if (targets.length === 0) {
    throw new UsageError('no go files listed');
  }
  const after = rest.slice(targets.length);
  return { targets, programArgs: after[0] === '--' ? after.slice(1) : after };
}

/** Loads the one package to run: its non-test files, and its module's go line. */
async function loadMainPackage(cwd: string, targets: readonly string[]): Promise<PackageSource> {
  const pattern = targets.find((t) => t === '...' || t.endsWith('/...'));
  if (pattern !== undefined) {
    throw new PackageLoadError(`${pattern}: mapscope run takes one package, not a pattern`);
  }
  const test = targets.find((t) => t.endsWith('_test.go'));
  if (test !== undefined) {
    throw new PackageLoadError(`cannot run *_test.go files (${test})`);
  }
  const { packages } = await loadPackages(nodeFS, cwd, targets);
  const [pkg, other] = packages;
  if (pkg === undefined) {
    throw new PackageLoadError('no go files listed');
  }
  if (other !== undefined) {
    // Go: cmd/go/internal/load GoFilesPackage.
    throw new PackageLoadError(
      `named files must all be in one directory; have ${shortPath(cwd, pkg.dir)} and ${shortPath(cwd, other.dir)}`,
    );
  }
  const files = pkg.files.filter((f) => !f.endsWith('_test.go'));
  if (files.length === 0) {
    throw new PackageLoadError(`no non-test Go files in ${pkg.dir}`);
  }
  return { ...pkg, files };
}

/** The value of an integer flag `--name=N` (at least `min`), or undefined without it. */
export function integerFlag(
  value: string | true | undefined,
  name: string,
  min: number,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`invalid --${name}=${String(value)}: want an integer ≥ ${min}`);
  }
  return n;
}

/** The environment's variables that are set (what the program's os.Environ holds). */
export function definedEntries(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v !== undefined) {
      out[k] = v;
    }
  }
  return out;
}
