import { dirname, effectiveGoVersion, goMinor } from '@mapscope/go-syntax';
import type {
  EffectiveGoVersion,
  GoNode,
  GoParser,
  GoVersion,
  ParsedFile,
} from '@mapscope/go-syntax';
import { ruleInfo } from './catalog.ts';
import { compareDiagnostics, place } from './diagnostic.ts';
import { mayStartGoroutines } from './goroutines.ts';
import type { Diagnostic, SyntaxDiagnostic } from './diagnostic.ts';
import { findCandidates } from './candidates.ts';
import { PackageIndex } from './package-index.ts';
import { unsetMapFields } from './unset-fields.ts';
import { conditionalMapFields } from './conditional-fields.ts';
import type { DeclContext, Rule, RuleId } from './rule.ts';
import {
  concurrentMapWrite,
  mapRangeDuringWrite,
  raceMessage,
  raceOtherSide,
} from './rules/concurrent-map.ts';
import { packageRaces } from './races.ts';
import { perIteration } from './loop-semantics.ts';
import type { Race } from './races.ts';
import { deferEvaluatesMapEarly } from './rules/defer-evaluates-map-early.ts';
import { goroutineLeakUnbuffered } from './rules/goroutine-leak-unbuffered.ts';
import { lockCopiedByValue } from './rules/lock-copied-by-value.ts';
import { loopvarAddressInMap } from './rules/loopvar-address-in-map.ts';
import { loopvarCapturedByGoroutine } from './rules/loopvar-captured-by-goroutine.ts';
import { mapMissNilDeref } from './rules/map-miss-nil-deref.ts';
import { nilChanFromMapMiss } from './rules/nil-chan-from-map-miss.ts';
import { nilMapWrite } from './rules/nil-map-write.ts';
import { returnsGuardedMap } from './rules/returns-guarded-map.ts';
import { waitgroupAddInGoroutine } from './rules/waitgroup-add-in-goroutine.ts';
import { waitgroupMisuse } from './rules/waitgroup-misuse.ts';
import { Scopes } from './scope.ts';
import { findSuppressions } from './suppression.ts';
import { Typer } from './type-of.ts';
import { CheckedPackage, inBuild, type PackageImporter } from './checked.ts';

/** The rules `mapscope vet` runs, in id order. */
export const ALL_RULES: readonly Rule[] = [
  concurrentMapWrite,
  mapRangeDuringWrite,
  nilMapWrite,
  loopvarAddressInMap,
  loopvarCapturedByGoroutine,
  nilChanFromMapMiss,
  mapMissNilDeref,
  deferEvaluatesMapEarly,
  returnsGuardedMap,
  lockCopiedByValue,
  waitgroupAddInGoroutine,
  waitgroupMisuse,
  goroutineLeakUnbuffered,
];

/** A Go source file to analyze. */
export interface SourceInput {
  readonly path: string;
  readonly source: string;
}

/** How to analyze: the module's Go version, a `--lang` override, which rules. */
export interface AnalyzeOptions {
  readonly moduleVersion?: GoVersion | undefined;
  readonly lang?: GoVersion | undefined;
  readonly rules?: readonly Rule[];
  /**
   * Where the packages the code imports come from, checked: with one, each package is
   * type-checked and the rules read the checker's types; without, the types the package's own
   * declarations spell out.
   */
  readonly importer?: PackageImporter | undefined;
  /** The analyzed files' import path (default: their directory). */
  readonly importPath?: string | undefined;
}

/** What analysis found in a set of files. */
export interface AnalysisResult {
  readonly diagnostics: Diagnostic[];
  readonly syntaxErrors: SyntaxDiagnostic[];
  /** Source lines read, for throughput figures. */
  readonly lines: number;
}

/**
 * Analyzes the files of one directory: parses them, groups them by package clause, and
 * runs every rule on the declarations that may concern it.
 */
export function analyzeFiles(
  parser: GoParser,
  inputs: readonly SourceInput[],
  options: AnalyzeOptions = {},
): AnalysisResult {
  const files = inputs.map((f) => parser.parse(f.path, f.source));
  const diagnostics: Diagnostic[] = [];
  const syntaxErrors: SyntaxDiagnostic[] = [];
  let lines = 0;
  const byPackage = new Map<string, ParsedFile[]>();
  for (const f of files) {
    lines += f.lines.lineCount;
    for (const e of f.syntaxErrors) {
      syntaxErrors.push({ file: e.file, start: e.position, message: e.message });
    }
    const name = f.packageName ?? '';
    const group = byPackage.get(name);
    if (group === undefined) {
      byPackage.set(name, [f]);
    } else {
      group.push(f);
    }
  }
  for (const pkgFiles of byPackage.values()) {
    diagnostics.push(...analyzePackage(pkgFiles, options));
  }
  return {
    diagnostics: diagnostics.sort(compareDiagnostics),
    syntaxErrors: syntaxErrors.sort(compareDiagnostics),
    lines,
  };
}

function analyzePackage(files: readonly ParsedFile[], options: AnalyzeOptions): Diagnostic[] {
  const rules = options.rules ?? ALL_RULES;
  const index = PackageIndex.build(files);
  const perFile = findCandidates(files, index, rules);
  const facts = {
    hasMapOfChan: perFile.some((f) => [...f.byDecl.values()].some((c) => c.has('mapchan'))),
    hasMapOfNilable: perFile.some((f) => [...f.byDecl.values()].some((c) => c.has('mapnilable'))),
    hasUnsetMapField:
      rules.some((r) => r.id === 'MH003') &&
      (unsetMapFields(index).size > 0 || conditionalMapFields(index).size > 0),
  };
  // The declarations some rule wants to look at, per file.
  const work = perFile.map(({ file, byDecl }) => {
    const version = effectiveGoVersion({
      buildConstraint: file.buildConstraint,
      moduleVersion: options.moduleVersion,
      override: options.lang,
    });
    const todo: { decl: GoNode; rules: Rule[] }[] = [];
    for (const [decl, candidates] of byDecl) {
      const wanted = rules.filter((r) => r.wants(candidates, version, facts));
      if (wanted.length > 0) {
        todo.push({ decl, rules: wanted });
      }
    }
    return { file, version, todo };
  });
  // The package is type-checked when a rule first asks for a type in it, and of its function
  // bodies only those the rules read.
  const read = new Map(work.map((w) => [w.file, new Set(w.todo.map((t) => t.decl.start))]));
  let checked: CheckedPackage | null | undefined;
  const importer = options.importer;
  const check = (): CheckedPackage | null => {
    if (checked === undefined) {
      checked =
        importer === undefined
          ? null
          : CheckedPackage.check(
              files,
              options.importPath ?? dirname(files[0]?.path ?? ''),
              importer,
              checkMinor(options),
              (file, start) => read.get(file)?.has(start) === true,
            );
    }
    return checked;
  };
  // The goroutines of one build (linux/amd64, as the checker's): variants for other systems
  // never run beside them (exec_plan9.go's go statement and the Linux API of syscall).
  const built = inBuild(files, checkMinor(options));
  const perIterationFiles = new Set(work.filter((w) => perIteration(w.version)).map((w) => w.file));
  const races = racesWanted(rules, built)
    ? packageRaces(built, built === files ? index : PackageIndex.build(built), (f) =>
        perIterationFiles.has(f),
      )
    : [];
  const perFileFound = work.map(({ file, version, todo }) => {
    const found: Diagnostic[] = [];
    for (const { decl, rules: wanted } of todo) {
      const types = (): CheckedPackage | null => {
        const c = check();
        c?.checkBodyOf(decl);
        return c;
      };
      found.push(...checkDecl(file, decl, index, types, version, wanted));
    }
    return { file, version, found };
  });
  const raceFindings = perFileFound
    .flatMap((f) => f.found)
    .filter((d) => /^MH00[12]$/.test(d.rule));
  const out: Diagnostic[] = [];
  for (const { file, version, found } of perFileFound) {
    for (const r of races) {
      if (r.at.file !== file || !rules.some((rule) => rule.id === r.rule)) {
        continue;
      }
      // A race a declaration's own rule already reports (at either side, or citing this one
      // from the call that reaches it) stays that rule's finding.
      const line = file.position(r.at.node.start).line;
      const otherLine = r.other.file.position(r.other.node.start).line;
      const known = raceFindings.some(
        (f) =>
          (f.file === file.path && f.start.line === line) ||
          (f.file === r.other.file.path && f.start.line === otherLine) ||
          f.message.includes(`(${place(file, r.at.node.start)})`),
      );
      if (!known) {
        found.push(raceDiagnostic(r, version));
      }
    }
    out.push(...applySuppressions(file, found, version));
  }
  return out;
}

/** Whether the package may hold a race the package pass can find: it starts goroutines or locks. */
function racesWanted(rules: readonly Rule[], files: readonly ParsedFile[]): boolean {
  return (
    rules.some((r) => r.id === 'MH001' || r.id === 'MH002') &&
    files.some((f) => mayStartGoroutines(f.source) || /\.(R?Lock)\(\)/.test(f.source))
  );
}

function raceDiagnostic(r: Race, version: EffectiveGoVersion): Diagnostic {
  const d = diagnostic(r.at.file, r.at.node.start, r.at.node.end, r.rule, raceMessage(r), version);
  const other = r.other;
  return {
    ...d,
    related: [
      {
        file: other.file.path,
        start: other.file.position(other.node.start),
        end: other.file.position(other.node.end),
        message: raceOtherSide(r),
      },
    ],
  };
}

function checkDecl(
  file: ParsedFile,
  decl: GoNode,
  index: PackageIndex,
  types: () => CheckedPackage | null,
  version: EffectiveGoVersion,
  rules: readonly Rule[],
): Diagnostic[] {
  const scopes = new Scopes(decl);
  const found = new Map<string, Diagnostic>();
  const ctx: DeclContext = {
    file,
    decl,
    scopes,
    typer: new Typer(scopes, index, types),
    index,
    version,
    report(rule: RuleId, node: GoNode, message: string): void {
      const key = `${rule}:${node.start}`;
      if (!found.has(key)) {
        found.set(key, diagnostic(file, node.start, node.end, rule, message, version));
      }
    },
  };
  for (const rule of rules) {
    rule.check(ctx);
  }
  return [...found.values()];
}

function diagnostic(
  file: ParsedFile,
  start: number,
  end: number,
  rule: RuleId,
  message: string,
  version: EffectiveGoVersion,
): Diagnostic {
  const info = ruleInfo(rule);
  return {
    file: file.path,
    start: file.position(start),
    end: file.position(end),
    rule,
    name: info.name,
    level: info.level,
    message,
    goVersion: version,
  };
}

function applySuppressions(
  file: ParsedFile,
  found: readonly Diagnostic[],
  version: EffectiveGoVersion,
): Diagnostic[] {
  if (!/\/\/(?:mapscope:ignore|nolint:|lint:ignore)/.test(file.source)) {
    return [...found];
  }
  const { suppressions, problems } = findSuppressions(file);
  const kept = found.filter(
    (d) => !suppressions.some((s) => s.line === d.start.line && s.rules.has(d.rule)),
  );
  for (const p of problems) {
    kept.push(diagnostic(file, p.offset, p.offset, 'MH000', p.message, version));
  }
  return kept;
}

/** The Go minor version the package is checked with: --lang, else go.mod's, else the newest. */
function checkMinor(o: AnalyzeOptions): number {
  const v = o.lang ?? o.moduleVersion;
  return v === undefined ? 23 : goMinor(v);
}
