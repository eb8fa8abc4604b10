import type { Diagnostic, VetResult } from '@mapscope/analyzer';
import type { Confirmation } from '../confirm.ts';
import { displayPath } from './display-path.ts';

/** The `--format=json` document; `version` changes only with an incompatible change. */
export interface JsonReport {
  readonly version: 1;
  readonly tool: { readonly name: 'mapscope'; readonly version: string };
  readonly diagnostics: readonly JsonDiagnostic[];
  readonly syntaxErrors: readonly { file: string; line: number; column: number; message: string }[];
  readonly summary: { packages: number; files: number; lines: number; diagnostics: number };
}

/** One finding in the JSON report; `column`/`endColumn` count UTF-8 bytes like go vet. */
export interface JsonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly name: string;
  readonly level: 'error' | 'warning';
  readonly message: string;
  readonly goVersion: string | null;
  readonly goVersionSource: string;
  /** With --confirm, for a finding exploration reproduced: the failure and its replay command. */
  readonly confirmed?: Confirmation;
  /** Other places the finding involves (the other side of a race). */
  readonly related?: readonly { file: string; line: number; column: number; message: string }[];
}

/** Builds the JSON report (paths relative to the working directory). */
export function jsonReport(
  result: VetResult,
  cwd: string,
  toolVersion: string,
  confirmed: ReadonlyMap<Diagnostic, Confirmation> = new Map(),
): JsonReport {
  return {
    version: 1,
    tool: { name: 'mapscope', version: toolVersion },
    diagnostics: result.diagnostics.map((d) => {
      const c = confirmed.get(d);
      return {
        file: displayPath(cwd, d.file),
        line: d.start.line,
        column: d.start.column,
        endLine: d.end.line,
        endColumn: d.end.column,
        rule: d.rule,
        name: d.name,
        level: d.level,
        message: d.message,
        goVersion: d.goVersion.version ?? null,
        goVersionSource: d.goVersion.source,
        ...(c === undefined ? {} : { confirmed: c }),
        ...(d.related === undefined
          ? {}
          : {
              related: d.related.map((r) => ({
                file: displayPath(cwd, r.file),
                line: r.start.line,
                column: r.start.column,
                message: r.message,
              })),
            }),
      };
    }),
    syntaxErrors: result.syntaxErrors.map((e) => ({
      file: displayPath(cwd, e.file),
      line: e.start.line,
      column: e.start.column,
      message: e.message,
    })),
    summary: {
      packages: result.packages,
      files: result.files,
      lines: result.lines,
      diagnostics: result.diagnostics.length,
    },
  };
}
