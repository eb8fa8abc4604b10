import { readFileSync } from 'node:fs';
import { vet } from '@mapscope/analyzer';
import type { VetResult } from '@mapscope/analyzer';
import { LineIndex, PackageLoadError } from '@mapscope/go-syntax';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import { langFlag, parseArgs, UsageError } from '../args.ts';
import { formatText } from '../format/text.ts';
import { jsonReport } from '../format/json.ts';
import { sarifLog } from '../format/sarif.ts';
import { EXIT, isFsError } from '../io.ts';
import type { CommandIO } from '../io.ts';
import { mapscopeVersion } from '../version.ts';

/** Usage text of `mapscope vet`. */
export const VET_USAGE = `usage: mapscope vet [--format=text|json|sarif] [--lang=go1.N] [PATH...]

Reports Go map hazards the way go vet reports its findings. PATH is a directory, a
.go file, or DIR/... for every package below DIR (vendor, testdata and directories
starting with . or _ are skipped); the default is the current directory.

  --format=text    file:line:col: message (MHxxx) on stderr (default)
  --format=json    one JSON document on stdout (-json, as go vet spells it)
  --format=sarif   SARIF 2.1.0 on stdout, for GitHub code scanning
  --lang=go1.N     Go language version to assume instead of go.mod's go line

Suppress one finding with a comment on its line or the line above:
  //mapscope:ignore MH003 the map is created by init()

Exit status: 0 nothing found, 1 findings or syntax errors, 2 usage or I/O errors.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** `mapscope vet`: loads, analyzes, prints; returns the exit status. */
export async function vetCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['format', 'lang'], boolean: ['help', 'h', 'json'] });
  if (args.flags.has('help') || args.flags.has('h')) {
    io.stdout(VET_USAGE);
    return EXIT.ok;
  }
  if (args.flags.has('json') && args.flags.has('format')) {
    throw new UsageError('-json and --format cannot be used together');
  }
  const format = args.flags.has('json') ? 'json' : formatFlag(args.flags.get('format'));
  const lang = langFlag(args.flags.get('lang'));
  const parser = await createNodeGoParser();
  let result: VetResult;
  try {
    result = await vet({ fs: nodeFS, parser, cwd: io.cwd, patterns: args.positional, lang });
  } catch (e) {
    if (e instanceof PackageLoadError || isFsError(e)) {
      io.stderr(`mapscope vet: ${e.message}\n`);
      return EXIT.error;
    }
    throw e;
  } finally {
    parser.dispose();
  }
  for (const w of result.warnings) {
    io.stderr(`${w}\n`);
  }
  const version = mapscopeVersion();
  switch (format) {
    case 'text':
      io.stderr(formatText(result, io.cwd));
      break;
    case 'json':
      io.stdout(`${JSON.stringify(jsonReport(result, io.cwd, version), null, 2)}\n`);
      break;
    case 'sarif':
      io.stdout(`${JSON.stringify(sarifLog(result, io.cwd, version, lineReader()), null, 2)}\n`);
      break;
  }
  return result.diagnostics.length + result.syntaxErrors.length > 0 ? EXIT.findings : EXIT.ok;
}

function formatFlag(value: string | true | undefined): Format {
  if (value === undefined) {
    return 'text';
  }
  const f = FORMATS.find((x) => x === value);
  if (f === undefined) {
    throw new UsageError(`invalid --format=${String(value)}: want text, json or sarif`);
  }
  return f;
}

/** Reads lines of files on demand, for SARIF fingerprints. */
function lineReader(): (file: string, line: number) => string {
  const cache = new Map<string, LineIndex>();
  return (file, line) => {
    let idx = cache.get(file);
    if (idx === undefined) {
      idx = new LineIndex(readFileSync(file, 'utf8'));
      cache.set(file, idx);
    }
    return idx.lineText(line);
  };
}
