import type { ParsedFile } from '@mapscope/go-syntax';
import { RULES } from './catalog.ts';
import type { RuleId } from './rule.ts';

/** A `//mapscope:ignore MHxxx reason` comment and the line it covers. */
export interface Suppression {
  /** The line whose findings it hides: its own line when it trails code, else the next. */
  readonly line: number;
  readonly rules: ReadonlySet<RuleId>;
  readonly reason: string;
}

/** A suppression comment that is malformed; reported as MH000. */
export interface SuppressionProblem {
  readonly offset: number;
  readonly message: string;
}

const DIRECTIVE = /\/\/mapscope:ignore\b(.*)$/gm;
const KNOWN = new Set<string>(RULES.map((r) => r.id));

/** The suppression comments of a file, and the malformed ones. */
export function findSuppressions(file: ParsedFile): {
  suppressions: Suppression[];
  problems: SuppressionProblem[];
} {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (const m of file.source.matchAll(DIRECTIVE)) {
    const offset = m.index;
    // Only real comments count, not the same text inside a string literal.
    if (!file.inComment(offset)) {
      continue;
    }
    const parsed = parseDirective(m[1] ?? '');
    if (typeof parsed === 'string') {
      problems.push({ offset, message: parsed });
      continue;
    }
    const pos = file.position(offset);
    const trailing =
      file.lines
        .lineText(pos.line)
        .slice(0, pos.utf16Column - 1)
        .trim() !== '';
    suppressions.push({ ...parsed, line: trailing ? pos.line : pos.line + 1 });
  }
  return { suppressions, problems };
}

function parseDirective(rest: string): Omit<Suppression, 'line'> | string {
  const m = /^\s+(MH\d{3}(?:\s*,\s*MH\d{3})*)\s*(.*)$/.exec(rest);
  const usage = 'malformed //mapscope:ignore: write //mapscope:ignore MHxxx followed by the reason';
  if (m === null) {
    return usage;
  }
  const ids = (m[1] ?? '').split(',').map((s) => s.trim());
  const unknown = ids.filter((id) => !KNOWN.has(id));
  if (unknown.length > 0) {
    return `//mapscope:ignore names unknown rule ${unknown.join(', ')}`;
  }
  const reason = (m[2] ?? '').replace(/\*\/\s*$/, '').trim();
  if (reason === '') {
    return `//mapscope:ignore ${ids.join(',')} needs a reason after the rule id`;
  }
  return { rules: new Set(ids as RuleId[]), reason };
}
