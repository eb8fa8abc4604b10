import { readFileSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ALL_RULES, ruleInfo, vet } from '@mapscope/analyzer';
import type { Diagnostic, PackageImporter, VetResult } from '@mapscope/analyzer';
import { availableParallelism, homedir } from 'node:os';
import { confirmFindings, type Confirmation } from '../confirm.ts';
import { dirname, LineIndex, PackageLoadError } from '@mapscope/go-syntax';
import type { GoParser, PackageSource } from '@mapscope/go-syntax';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import { langFlag, parseArgs, UsageError } from '../args.ts';
import { formatText } from '../format/text.ts';
import { jsonReport } from '../format/json.ts';
import { sarifLog } from '../format/sarif.ts';
import { EXIT, isFsError } from '../io.ts';
import type { CommandIO } from '../io.ts';
import { mapscopeVersion } from '../version.ts';
import {
  moduleCacheDir,
  moduleImporter,
  nodeSyncFiles,
  type ModuleImporter,
} from '../module-importer.ts';
import { ChangedLinesError, changedLines, isChanged } from '../changed-lines.ts';
import {
  ConfigError,
  findConfig,
  readConfig,
  ruleEnabled,
  ruleLevel,
  type VetConfig,
} from '../vet-config.ts';

/** Usage text of `mapscope vet`. */
export const VET_USAGE = `usage: mapscope vet [--format=text|json|sarif] [--lang=go1.N] [--new-from-rev=REV]
                    [--config=FILE] [--confirm] [PATH...]

Reports Go map hazards the way go vet reports its findings. PATH is a directory, a
.go file, or DIR/... for every package below DIR (vendor, testdata and directories
starting with . or _ are skipped); the default is the current directory.

  --format=text    file:line:col: message (MHxxx) on stderr (default)
  --format=json    one JSON document on stdout (-json, as go vet spells it)
  --format=sarif   SARIF 2.1.0 on stdout, for GitHub code scanning
  --lang=go1.N     Go language version to assume instead of go.mod's go line
  --new-from-rev=REV
                   report only findings on lines changed since git revision REV (and in
                   files git does not track yet), for CI on pull requests
  --config=FILE    the configuration file (default: the nearest .mapscope.yaml from the
                   current directory up)
  --confirm        explore the schedules of each main package with findings (as mapscope
                   explore does) and mark each finding a failing schedule reproduces, with
                   its replay command

.mapscope.yaml turns rules on or off and sets their severity, by id or name:
  rules:
    MH004: off
    nil-map-write: warning
    waitgroup-misuse: on       # a rule that is off by default

Suppress one finding with a comment on its line or the line above:
  //mapscope:ignore MH003 the map is created by init()

Exit status: 0 nothing found, 1 findings or syntax errors, 2 usage or I/O errors.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** `mapscope vet`: loads, analyzes, prints; returns the exit status. */
export async function vetCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    valued: ['format', 'lang', 'new-from-rev', 'config'],
    boolean: ['help', 'h', 'json', 'confirm'],
  });
  if (args.flags.has('help') || args.flags.has('h')) {
    io.stdout(VET_USAGE);
    return EXIT.ok;
  }
  if (args.flags.has('json') && args.flags.has('format')) {
    throw new UsageError('-json and --format cannot be used together');
  }
  const format = args.flags.has('json') ? 'json' : formatFlag(args.flags.get('format'));
  const lang = langFlag(args.flags.get('lang'));
  const rev = valueFlag(args.flags.get('new-from-rev'), 'new-from-rev');
  const configFlag = valueFlag(args.flags.get('config'), 'config');
  let config: VetConfig | null;
  try {
    const path = configFlag === undefined ? findConfig(io.cwd) : resolve(io.cwd, configFlag);
    config = path === null ? null : readConfig(path, relative(io.cwd, path) || path);
  } catch (e) {
    if (e instanceof ConfigError || isFsError(e)) {
      io.stderr(`mapscope vet: ${e.message}\n`);
      return EXIT.error;
    }
    throw e;
  }
  const rules = ALL_RULES.filter((r) => ruleEnabled(config, ruleInfo(r.id)));
  const parser = await createNodeGoParser();
  let result: VetResult;
  try {
    // Go's std comes checked from the interpreter's bundle, so the rules read real types.
    const { stdPackages } = await import('@mapscope/interpreter');
    const importer = stdPackages(undefined, { bodies: false }).importer(parser);
    result = await vet({
      fs: nodeFS,
      parser,
      cwd: io.cwd,
      patterns: args.positional,
      lang,
      rules,
      importer,
      packageSetup: modulePackages(importer, parser),
    });
    result = withLevels(result, config);
    if (rev !== undefined) {
      result = onlyChanged(result, changedLines(io.cwd, rev));
    }
  } catch (e) {
    if (e instanceof ChangedLinesError) {
      io.stderr(`mapscope vet: --new-from-rev=${rev ?? ''}: ${e.message}\n`);
      return EXIT.error;
    }
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
  let confirmed: ReadonlyMap<Diagnostic, Confirmation> = new Map();
  if (args.flags.has('confirm') && result.diagnostics.length > 0) {
    const c = await confirmFindings(result, io, lang, availableParallelism());
    confirmed = c.confirmed;
    for (const n of c.notes) {
      io.stderr(`mapscope vet --confirm: ${n}\n`);
    }
  }
  const version = mapscopeVersion();
  switch (format) {
    case 'text':
      io.stderr(formatText(result, io.cwd, confirmed));
      break;
    case 'json':
      io.stdout(`${JSON.stringify(jsonReport(result, io.cwd, version, confirmed), null, 2)}\n`);
      break;
    case 'sarif':
      io.stdout(`${JSON.stringify(sarifLog(result, io.cwd, version, lineReader()), null, 2)}\n`);
      break;
  }
  return result.diagnostics.length + result.syntaxErrors.length > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * Each package's importer and import path by its module: one importer per go.mod (patterns
 * may span several modules), made when a package of that module is first vetted, which
 * resolves the module's own packages, vendor/ and the module cache (see moduleImporter).
 * Packages outside any module import std only, under their directory's name.
 */
function modulePackages(
  std: PackageImporter,
  parser: GoParser,
): (pkg: PackageSource) => { importer?: PackageImporter; importPath?: string } {
  const byGoMod = new Map<string, ModuleImporter | null>();
  const cache = moduleCacheDir(process.env, homedir());
  return (pkg) => {
    const goModPath = pkg.module?.goModPath;
    if (goModPath === undefined) {
      return {};
    }
    let m = byGoMod.get(goModPath);
    if (m === undefined) {
      const goMod = nodeSyncFiles.readFile(goModPath);
      m =
        goMod === undefined
          ? null
          : moduleImporter({
              std,
              root: dirname(goModPath),
              goMod,
              files: nodeSyncFiles,
              parser,
              moduleCache: cache,
            });
      byGoMod.set(goModPath, m);
    }
    if (m === null) {
      return {};
    }
    const importPath = m.importPathOf(pkg.dir);
    return importPath === undefined ? { importer: m } : { importer: m, importPath };
  };
}

/** A flag that needs a value (`--config=FILE`). */
function valueFlag(value: string | true | undefined, name: string): string | undefined {
  if (value === true || value === '') {
    throw new UsageError(`--${name} needs a value`);
  }
  return value;
}

/** The findings with the severity the configuration gives their rules. */
function withLevels(result: VetResult, config: VetConfig | null): VetResult {
  if (config === null) {
    return result;
  }
  return {
    ...result,
    diagnostics: result.diagnostics.map((d) => ({
      ...d,
      level: ruleLevel(config, ruleInfo(d.rule)),
    })),
  };
}

/** Only the findings (and syntax errors) on changed lines. */
function onlyChanged(
  result: VetResult,
  changed: ReadonlyMap<string, ReadonlySet<number> | 'all'>,
): VetResult {
  const real = new Map<string, string>();
  const key = (file: string): string => {
    let r = real.get(file);
    if (r === undefined) {
      try {
        r = realpathSync(file);
      } catch {
        r = file;
      }
      real.set(file, r);
    }
    return r;
  };
  return {
    ...result,
    diagnostics: result.diagnostics.filter((d) => isChanged(changed, key(d.file), d.start.line)),
    syntaxErrors: result.syntaxErrors.filter((d) => isChanged(changed, key(d.file), d.start.line)),
  };
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
