/**
 * The few POSIX path operations package loading needs, without Node's `path`, so loading
 * runs in a browser over an in-memory file system too.
 */

/** Joins and normalizes path segments ("a/b", "../c" → "a/c"). */
export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((p) => p !== '').join('/'));
}

/** Resolves `p` against `cwd` unless it is already absolute. */
export function resolvePath(cwd: string, p: string): string {
  return p.startsWith('/') ? normalizePath(p) : joinPath(cwd, p);
}

/** Removes `.`, `..` and repeated slashes. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') {
      continue;
    }
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') {
      out.pop();
    } else if (seg !== '..' || !absolute) {
      out.push(seg);
    }
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

/** The directory part of a path ("/a/b.go" → "/a"). */
export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) {
    return '.';
  }
  return i === 0 ? '/' : p.slice(0, i);
}

/** The last element of a path. */
export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `target` relative to `from` (both absolute), as `go vet` shortens paths. */
export function relativePath(from: string, target: string): string {
  const a = normalizePath(from).split('/').filter(Boolean);
  const b = normalizePath(target).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i++;
  }
  const up = a.slice(i).map(() => '..');
  const rel = [...up, ...b.slice(i)].join('/');
  return rel === '' ? '.' : rel;
}
