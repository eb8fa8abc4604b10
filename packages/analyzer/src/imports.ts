import type { ParsedFile } from '@mapscope/go-syntax';

/** One import of a file: the local name it is given, if any, and the package path. */
export interface ImportSpec {
  /** `name` in `import name "path"` (`_`, `.` or an alias); undefined when none is given. */
  readonly name: string | undefined;
  readonly path: string;
}

/** The imports of a file, in source order (every import declaration, grouped or not). */
export function importSpecs(file: ParsedFile): ImportSpec[] {
  const out: ImportSpec[] = [];
  for (const decl of file.topLevelNodes) {
    if (decl.type !== 'import_declaration') {
      continue;
    }
    const specs = decl.namedChildren.flatMap((c) =>
      c.type === 'import_spec_list' ? c.namedChildren : [c],
    );
    for (const spec of specs) {
      const path = spec.type === 'import_spec' ? spec.child('path') : undefined;
      if (path === undefined) {
        continue;
      }
      const name = spec.child('name');
      out.push({
        name: name === undefined ? undefined : file.text(name),
        path: file.text(path).slice(1, -1),
      });
    }
  }
  return out;
}
