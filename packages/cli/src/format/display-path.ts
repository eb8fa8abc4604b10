import { relativePath } from '@mapscope/go-syntax';

/**
 * A path as the go command prints it: relative to the working directory, with `./` for
 * files directly in it (`./main.go`, `sub/x.go`, `../y.go`).
 */
export function displayPath(cwd: string, path: string): string {
  if (!path.startsWith('/')) {
    return path;
  }
  const rel = relativePath(cwd, path);
  return rel.includes('/') ? rel : `./${rel}`;
}
