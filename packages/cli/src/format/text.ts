import type { Diagnostic, VetResult } from '@mapscope/analyzer';
import type { Confirmation } from '../confirm.ts';
import { compareDiagnostics } from '@mapscope/analyzer';
import { displayPath } from './display-path.ts';

/**
 * go vet's text format: one `file:line:col: message` line per finding (columns in UTF-8
 * bytes), with the rule id in parentheses; syntax errors first, as the compiler reports them.
 * With `--confirm`, a confirmed finding's line ends with the failure and its replay command.
 */
export function formatText(
  result: VetResult,
  cwd: string,
  confirmed: ReadonlyMap<Diagnostic, Confirmation> = new Map(),
): string {
  const lines: string[] = [];
  for (const e of result.syntaxErrors) {
    lines.push(`${displayPath(cwd, e.file)}:${e.start.line}:${e.start.column}: ${e.message}`);
  }
  for (const d of [...result.diagnostics].sort(compareDiagnostics)) {
    const c = confirmed.get(d);
    const note = c === undefined ? '' : ` [confirmed: ${c.outcome}; ${c.replay}]`;
    lines.push(
      `${displayPath(cwd, d.file)}:${d.start.line}:${d.start.column}: ${d.message} (${d.rule})${note}`,
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}
