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
    suppressions.push({ ...parsed, line: directiveLine(file, offset) });
  }
  for (const m of file.source.matchAll(PEER_DIRECTIVE)) {
    const rules = peerRules(m[1] ?? m[2] ?? '');
    if (rules.size === 0 || !file.inComment(m.index)) {
      continue;
    }
    suppressions.push({ rules, reason: m[0].slice(2).trim(), line: directiveLine(file, m.index) });
  }
  return { suppressions, problems };
}

/**
 * The comments that silence the same check in the tools whose checks some rules repeat:
 * golangci-lint's `//nolint:govet` (vet's copylocks, loopclosure and waitgroup are MH010,
 * MH005 and MH011) and staticcheck's `//lint:ignore SA2000 reason` (MH011) or `SA5000` (a
 * nil map write, MH003). Code already marked as deliberate there is not reported again.
 */
const PEER_DIRECTIVE = /\/\/(?:nolint:([\w,-]+)|lint:ignore\s+([\w,]+)\s)/g;

const PEERS: Readonly<Record<string, readonly RuleId[]>> = {
  govet: ['MH005', 'MH010', 'MH011'],
  copylocks: ['MH010'],
  loopclosure: ['MH005'],
  SA2000: ['MH011'],
  SA5000: ['MH003'],
};

function peerRules(names: string): Set<RuleId> {
  return new Set(names.split(',').flatMap((n) => PEERS[n.trim()] ?? []));
}

/** The line a directive at `offset` covers: its own when it trails code, else the next. */
function directiveLine(file: ParsedFile, offset: number): number {
  const pos = file.position(offset);
  const trailing =
    file.lines
      .lineText(pos.line)
      .slice(0, pos.utf16Column - 1)
      .trim() !== '';
  return trailing ? pos.line : pos.line + 1;
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
