import type { MapState, TraceStep } from '@mapscope/interpreter';

/**
 * A replayed schedule's steps as a table, one step a line; `→` marks the steps where the
 * scheduler switched to another goroutine, and a step that touched a map shows its header
 * after the step:
 *
 * ```
 *    step  goroutine  function         position       operation
 *       1  1          main.main        ./main.go:9    make map  [map 0xc000010000: count=0 B=0]
 * →     2  6          main.main.func1  ./main.go:12   map assign (writing)  [map …]
 * ```
 */
export function formatTrace(steps: readonly TraceStep[]): string {
  const rows = steps.map((s) => [
    s.switched ? '→' : '',
    String(s.step),
    String(s.goroutine),
    s.func ?? '',
    s.position ?? '',
    s.map === null ? s.operation : `${s.operation}  [${mapText(s.map)}]`,
  ]);
  const header = ['', 'step', 'goroutine', 'function', 'position', 'operation'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        // The step number is right-aligned; the last column is not padded.
        return i === 1 ? c.padStart(w) : i === cells.length - 1 ? c : c.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** `map 0xc000010000: count=3 B=0 flags=hashWriting growing`. */
export function mapText(m: MapState): string {
  const parts = [`map ${m.addr}: count=${m.count} B=${m.B}`];
  if (m.flags.length > 0) {
    parts.push(`flags=${m.flags.join('|')}`);
  }
  if (m.growing) {
    parts.push('growing');
  }
  return parts.join(' ');
}
