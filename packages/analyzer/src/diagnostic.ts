import { basename } from '@mapscope/go-syntax';
import type { EffectiveGoVersion, ParsedFile, SourcePosition } from '@mapscope/go-syntax';
import type { RuleId } from './rule.ts';

/** One finding, positioned as go vet positions them (columns in UTF-8 bytes, 1-based). */
export interface Diagnostic {
  /** The file's path as it was loaded (absolute for files from disk). */
  readonly file: string;
  readonly start: SourcePosition;
  readonly end: SourcePosition;
  readonly rule: RuleId;
  /** The rule's kebab-case name. */
  readonly name: string;
  readonly level: 'error' | 'warning';
  readonly message: string;
  /** The file's effective Go version, for rules whose meaning depends on it. */
  readonly goVersion: EffectiveGoVersion;
  /** Other places the finding involves (the other side of a race), for SARIF. */
  readonly related?: readonly RelatedLocation[];
}

/** A place a finding involves besides its own. */
export interface RelatedLocation {
  readonly file: string;
  readonly start: SourcePosition;
  readonly end: SourcePosition;
  readonly message: string;
}

/** A file that does not parse, with Go-style position; mapscope vet reports these first. */
export interface SyntaxDiagnostic {
  readonly file: string;
  readonly start: SourcePosition;
  readonly message: string;
}

/** Where an offset is, as messages cite it: `file.go:12`. */
export function place(file: ParsedFile, offset: number): string {
  return `${basename(file.path)}:${String(file.position(offset).line)}`;
}

/** Orders findings by file, line, column, rule. */
export function compareDiagnostics(
  a: { file: string; start: SourcePosition; rule?: string },
  b: { file: string; start: SourcePosition; rule?: string },
): number {
  if (a.file !== b.file) {
    return a.file < b.file ? -1 : 1;
  }
  return (
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    (a.rule ?? '').localeCompare(b.rule ?? '')
  );
}
