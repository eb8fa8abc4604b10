import type { VetResult } from '@mapscope/analyzer';
import { compareDiagnostics } from '@mapscope/analyzer';
import { displayPath } from './display-path.ts';

/**
 * go vet's text format: one `file:line:col: message` line per finding (columns in UTF-8
 * bytes), with the rule id in parentheses; syntax errors first, as the compiler reports them.
 */
export function formatText(result: VetResult, cwd: string): string {
  const lines: string[] = [];
  for (const e of result.syntaxErrors) {
    lines.push(`${displayPath(cwd, e.file)}:${e.start.line}:${e.start.column}: ${e.message}`);
  }
  for (const d of [...result.diagnostics].sort(compareDiagnostics)) {
    lines.push(
      `${displayPath(cwd, d.file)}:${d.start.line}:${d.start.column}: ${d.message} (${d.rule})`,
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}
