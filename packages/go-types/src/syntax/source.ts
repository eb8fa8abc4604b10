// A source file as the syntax tree's positions refer to it: its path, its text, and a mapping
// from UTF-16 offsets to Go's line:column (columns count bytes, as Go's do).
import { LineIndex } from '@mapscope/go-syntax';
import type { SourceFile } from './ast.ts';

/** A source file whose UTF-16 offsets map to Go's line:column (byte columns). */
export function sourceFile(path: string, source: string): SourceFile {
  return withPosition({ path, source });
}

/**
 * Gives a file's path and source their `position` (not enumerable, so that a parsed file
 * can be serialized into a ParsedCache and given it back when read).
 */
export function withPosition(f: { readonly path: string; readonly source: string }): SourceFile {
  let lines: LineIndex | null = null;
  Object.defineProperty(f, 'position', {
    enumerable: false,
    value: (offset: number) => {
      lines ??= new LineIndex(f.source);
      const p = lines.position(offset);
      return { line: p.line, column: p.column };
    },
  });
  return f as SourceFile;
}
