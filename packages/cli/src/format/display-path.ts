import { basename, dirname, relativePath } from '@mapscope/go-syntax';

/**
 * An absolute path as the go command shortens it: relative to the working directory when
 * that is shorter, else unchanged (`.`, `sub`, `../y`, `/elsewhere`).
 *
 * Go: cmd/go/internal/base ShortPath.
 */
export function shortPath(cwd: string, path: string): string {
  const rel = relativePath(cwd, path);
  return rel.length < path.length ? rel : path;
}

/**
 * A file path as the go command prints it: its directory shortened by {@link shortPath},
 * so files in the working directory are `./main.go` and others `sub/x.go`, `../y.go` or
 * absolute.
 *
 * Go: cmd/go/internal/work (*Builder).showOutput.
 */
export function displayPath(cwd: string, path: string): string {
  if (!path.startsWith('/')) {
    return path;
  }
  const dir = shortPath(cwd, dirname(path));
  return `${dir === '/' ? '' : dir}/${basename(path)}`;
}
