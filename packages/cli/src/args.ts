import { parseGoVersion } from '@mapscope/go-syntax';
import type { GoVersion } from '@mapscope/go-syntax';

/** A usage mistake on the command line: reported with the usage text, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parsed `--name=value` / `--name value` flags and the remaining arguments. */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positional: readonly string[];
}

/**
 * Parses flags as the go tool accepts them: `-flag`, `--flag`, `-flag=value`,
 * `--flag value` for flags that take a value; `--` ends the flags. With `stopAtPositional`
 * the flags also end at the first other argument, as Go's flag package does (`go run x.go -v`
 * passes -v to the program).
 */
export function parseArgs(
  argv: readonly string[],
  spec: {
    readonly valued: readonly string[];
    readonly boolean: readonly string[];
    readonly stopAtPositional?: boolean;
  },
): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (spec.stopAtPositional === true) {
        positional.push(...argv.slice(i));
        break;
      }
      positional.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    if (spec.boolean.includes(name)) {
      if (eq >= 0) {
        throw new UsageError(`flag -${name} takes no value`);
      }
      flags.set(name, true);
    } else if (spec.valued.includes(name)) {
      const value = eq >= 0 ? body.slice(eq + 1) : argv[++i];
      if (value === undefined) {
        throw new UsageError(`flag needs an argument: -${name}`);
      }
      flags.set(name, value);
    } else {
      throw new UsageError(`flag provided but not defined: -${name}`);
    }
  }
  return { flags, positional };
}

/** The value of `--lang=go1.N`, or undefined without the flag; a malformed one is a usage error. */
export function langFlag(value: string | true | undefined): GoVersion | undefined {
  if (value === undefined) {
    return undefined;
  }
  const v =
    typeof value === 'string' && /^go1\.\d+$/.test(value) ? parseGoVersion(value) : undefined;
  if (v === undefined) {
    throw new UsageError(
      `invalid --lang=${String(value)}: want a Go language version such as go1.21`,
    );
  }
  return v;
}
