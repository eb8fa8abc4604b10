// `mapscope vet --confirm`: each finding in a runnable package (package main with a main
// function that compiles) is checked by exploring the program's schedules; a finding is
// confirmed when some schedule fails — a panic, a fatal error, a data race or a leaked
// goroutine — with a goroutine within the finding's lines, and it then carries that
// schedule's replay command.
import type { Diagnostic, VetResult } from '@mapscope/analyzer';
import { PackageLoadError, goMinor } from '@mapscope/go-syntax';
import type { GoVersion } from '@mapscope/go-syntax';
import type { ExploreOutcome } from '@mapscope/interpreter';
import { exploreOnThisThread, shellQuote } from './commands/explore.ts';
import { loadProgram } from './commands/run.ts';
import { outcomeHeadline, isFailure } from './format/explore-text.ts';
import { shortPath } from './format/display-path.ts';
import { isFsError } from './io.ts';
import type { CommandIO } from './io.ts';

/** A finding that exploration reproduced. */
export interface Confirmation {
  /** The failing outcome, in one line (`fatal error: concurrent map writes`). */
  readonly outcome: string;
  /** The command that replays the schedule. */
  readonly replay: string;
}

/** How much searching each runnable package gets. */
const CONFIRM_BUDGET = 20_000;
const CONFIRM_TIME_MS = 20_000;

/**
 * Explores each package with findings once; returns the confirmed findings, and for each
 * package that could not be explored, why (for a note on stderr).
 */
export async function confirmFindings(
  result: VetResult,
  io: CommandIO,
  lang: GoVersion | undefined,
  workers: number,
): Promise<{
  readonly confirmed: ReadonlyMap<Diagnostic, Confirmation>;
  readonly notes: readonly string[];
}> {
  const byDir = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const dir = d.file.slice(0, d.file.lastIndexOf('/')) || '/';
    byDir.set(dir, [...(byDir.get(dir) ?? []), d]);
  }
  const confirmed = new Map<Diagnostic, Confirmation>();
  const notes: string[] = [];
  for (const [dir, findings] of byDir) {
    const shown = shortPath(io.cwd, dir);
    let program;
    try {
      program = await loadProgram(io.cwd, [dir], lang);
    } catch (e) {
      if (e instanceof PackageLoadError || isFsError(e)) {
        notes.push(`${shown}: not confirmed: ${e.message}`);
        continue;
      }
      throw e;
    }
    const answer = await (io.exploreGo ?? exploreOnThisThread)(
      program.files,
      { goMinor: goMinor(program.version) },
      { strategy: 'auto', budget: CONFIRM_BUDGET, timeMs: CONFIRM_TIME_MS },
      workers,
    );
    if ('result' in answer) {
      // Not a main package, or compile errors: the first line go run would print about it.
      const why = answer.result.stderr.split('\n').find((l) => l !== '' && !l.startsWith('# '));
      notes.push(`${shown}: not confirmed: ${why ?? 'the program cannot be run'}`);
      continue;
    }
    // Positions in outcomes are the files' paths as the program was given them.
    const fileOf = new Map(
      program.files.map((f) => [f.path.replace(/^\.\//, ''), f.absPath ?? f.path]),
    );
    const failing = answer.report.outcomes
      .filter(isFailure)
      .sort((a, b) => a.firstSchedule - b.firstSchedule);
    for (const d of findings) {
      const o = failing.find((x) =>
        at(x, fileOf).some(
          (p) => p.file === d.file && p.line >= d.start.line && p.line <= d.end.line,
        ),
      );
      if (o !== undefined) {
        confirmed.set(d, {
          outcome: outcomeHeadline(o),
          replay: `mapscope replay ${o.replay} ${shellQuote(shown)}`,
        });
      }
    }
  }
  return { confirmed, notes };
}

/**
 * Where the goroutines of an outcome were (absolute file, line), crashed or leaked. A
 * finding is confirmed by a place within its lines: a leaked goroutine blocks inside the go
 * statement MH013 reports.
 */
function at(
  o: ExploreOutcome,
  fileOf: ReadonlyMap<string, string>,
): { file: string; line: number }[] {
  const places: { file: string; line: number }[] = [];
  for (const g of [...(o.crash ?? []), ...o.leakedAt]) {
    const m = g.position === null ? null : /^(.*):(\d+)$/.exec(g.position);
    const file = m?.[1] === undefined ? undefined : fileOf.get(m[1]);
    if (file !== undefined) {
      places.push({ file, line: Number(m?.[2]) });
    }
  }
  return places;
}
