// `mapscope vet --new-from-rev=REV`: the lines changed since REV, from git, so that only
// findings on them are reported (as golangci-lint's --new-from-rev does: the hunks of
// `git diff REV`, plus files git does not track yet, which are new as a whole).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Changed lines by absolute file path: a set of line numbers, or 'all' for a new file. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

/** Why the changed lines could not be found (not a repository, an unknown revision). */
export class ChangedLinesError extends Error {
  override name = 'ChangedLinesError';
}

/** The lines of the working tree at `dir`'s repository that differ from revision `rev`. */
export function changedLines(dir: string, rev: string): ChangedLines {
  const top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  const diff = git(top, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    rev,
    '--',
  ]);
  const changed = parseUnifiedDiff(diff, top);
  for (const f of git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
    if (f !== '') {
      changed.set(resolve(top, f), 'all');
    }
  }
  return changed;
}

/**
 * The new side's changed lines of a `git diff --unified=0`: for each `+++ b/FILE`, the
 * line ranges of its `@@ -a,b +c,d @@` hunks (a hunk with d = 0 only deletes).
 */
export function parseUnifiedDiff(diff: string, top: string): Map<string, Set<number> | 'all'> {
  const out = new Map<string, Set<number> | 'all'>();
  let lines: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      if (path === '/dev/null') {
        lines = null;
        continue;
      }
      lines = new Set<number>();
      out.set(resolve(top, path.replace(/^b\//, '')), lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk !== null && lines !== null) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let l = start; l < start + count; l++) {
        lines.add(l);
      }
    }
  }
  return out;
}

/** Whether line `line` of `file` (absolute) changed. */
export function isChanged(changed: ChangedLines, file: string, line: number): boolean {
  const c = changed.get(file);
  return c === 'all' || (c?.has(line) ?? false);
}

function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string; code?: string };
    if (err.code === 'ENOENT') {
      throw new ChangedLinesError('--new-from-rev needs git, which is not installed');
    }
    const why = (err.stderr ?? '').trim().split('\n')[0] ?? err.message;
    const command = args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? '';
    throw new ChangedLinesError(`git ${command}: ${why === '' ? err.message : why}`);
  }
}
