/**
 * Go language versions ("go1.N") and how the go command picks one for a file.
 *
 * Go: go/types check.go initFiles, go/build/constraint GoVersion, cmd/go modfile.
 */

/** A Go language version such as `go1.22` (never a release such as `go1.22.3`). */
export type GoVersion = `go1.${number}`;

/** Where a file's effective Go version came from. */
export type GoVersionSource = 'build-constraint' | 'go.mod' | 'override' | 'unknown';

/** The language version a file is compiled with, and why. */
export interface EffectiveGoVersion {
  /** undefined when nothing says (no go.mod, no build constraint, no override). */
  readonly version: GoVersion | undefined;
  readonly source: GoVersionSource;
}

/** Reads "go1.22", "go1.22.3", "go1.21rc2", "1.22" (go.mod style) as a language version. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = /^(?:go)?1(?:\.(\d+))?(?:\.\d+|(?:rc|beta)\d+)?$/.exec(text.trim());
  if (m === null) {
    return undefined;
  }
  return `go1.${Number(m[1] ?? 0)}`;
}

/** The minor number of a language version (`go1.22` → 22). */
export function goMinor(version: GoVersion): number {
  return Number(version.slice(4));
}

/** Orders two language versions. */
export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  return goMinor(a) - goMinor(b);
}

/** The `go` directive of a go.mod file. A go.mod without one means go1.16, as cmd/go assumes. */
export function goModGoVersion(goMod: string): GoVersion {
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const m = /^go\s+(\S+)$/.exec(line);
    if (m?.[1] !== undefined) {
      const v = parseGoVersion(m[1]);
      if (v !== undefined) {
        return v;
      }
    }
  }
  return 'go1.16';
}

/**
 * The Go version a `//go:build` line implies, as go/build/constraint GoVersion computes it:
 * the least go1.N that every way of satisfying the expression requires. `go1.21 && linux`
 * gives go1.21; `go1.21 || linux` and `!go1.22` give nothing.
 */
export function buildConstraintGoVersion(expr: string): GoVersion | undefined {
  const tree = parseConstraint(expr);
  if (tree === undefined) {
    return undefined;
  }
  const minor = minVersion(tree, 1);
  return minor < 0 ? undefined : `go1.${minor}`;
}

/**
 * The file's `//go:build` expression: the line must come before the package clause,
 * as go/build requires, and stand in the leading run of comments.
 */
export function findBuildConstraint(source: string): string | undefined {
  const header = headerBeforePackage(source);
  const m = /^\/\/go:build(?:[ \t]+(.*?))?[ \t]*$/m.exec(header);
  return m?.[1];
}

/**
 * A file's effective language version. Go rule (go/types initFiles): a file whose
 * `//go:build` line implies a version uses max(that, go1.21), whatever the module says;
 * every other file uses the module's version (go.mod, or `--lang`).
 */
export function effectiveGoVersion(opts: {
  readonly buildConstraint?: string | undefined;
  readonly moduleVersion?: GoVersion | undefined;
  readonly override?: GoVersion | undefined;
}): EffectiveGoVersion {
  const fileVersion =
    opts.buildConstraint === undefined ? undefined : buildConstraintGoVersion(opts.buildConstraint);
  if (fileVersion !== undefined) {
    return {
      version: compareGoVersions(fileVersion, 'go1.21') > 0 ? fileVersion : 'go1.21',
      source: 'build-constraint',
    };
  }
  if (opts.override !== undefined) {
    return { version: opts.override, source: 'override' };
  }
  if (opts.moduleVersion !== undefined) {
    return { version: opts.moduleVersion, source: 'go.mod' };
  }
  return { version: undefined, source: 'unknown' };
}

/** The leading comments and blank lines of a file, before its package clause (trimmed). */
export function headerBeforePackage(source: string): string {
  const lines: string[] = [];
  let inBlock = false;
  // Line by line from the top: the header is short, the file may be long.
  for (let start = 0; start <= source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    const t = source.slice(start, end).trim();
    start = end + 1;
    if (inBlock) {
      inBlock = !t.includes('*/');
      continue;
    }
    if (t === '' || t.startsWith('//')) {
      lines.push(t);
      continue;
    }
    if (t.startsWith('/*')) {
      inBlock = !t.includes('*/');
      continue;
    }
    break;
  }
  return lines.join('\n');
}

/** A parsed build expression. */
export type Constraint =
  | { readonly op: 'tag'; readonly tag: string }
  | { readonly op: 'not'; readonly x: Constraint }
  | { readonly op: 'and' | 'or'; readonly x: Constraint; readonly y: Constraint };

/** Parses a build expression (`||`, `&&`, `!`, parentheses, tags); undefined if malformed. */
export function parseConstraint(expr: string): Constraint | undefined {
  const tokens = expr.match(/\|\||&&|!|\(|\)|[\w.]+|\S/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const parseOr = (): Constraint | undefined => {
    let x = parseAnd();
    while (x !== undefined && peek() === '||') {
      pos++;
      const y = parseAnd();
      x = y === undefined ? undefined : { op: 'or', x, y };
    }
    return x;
  };
  const parseAnd = (): Constraint | undefined => {
    let x = parseNot();
    while (x !== undefined && peek() === '&&') {
      pos++;
      const y = parseNot();
      x = y === undefined ? undefined : { op: 'and', x, y };
    }
    return x;
  };
  const parseNot = (): Constraint | undefined => {
    const t = tokens[pos++];
    if (t === '!') {
      const x = parseNot();
      return x === undefined ? undefined : { op: 'not', x };
    }
    if (t === '(') {
      const x = parseOr();
      return tokens[pos++] === ')' ? x : undefined;
    }
    return t !== undefined && /^[\w.]+$/.test(t) ? { op: 'tag', tag: t } : undefined;
  };
  const tree = parseOr();
  return pos === tokens.length ? tree : undefined;
}

// Go: go/build/constraint minVersion. -1 means "implies no Go version".
function minVersion(z: Constraint, sign: number): number {
  switch (z.op) {
    case 'and':
    case 'or': {
      const x = minVersion(z.x, sign);
      const y = minVersion(z.y, sign);
      // andVersion is max, orVersion is min; negation swaps them.
      return (z.op === 'and') === sign > 0 ? Math.max(x, y) : Math.min(x, y);
    }
    case 'not':
      return minVersion(z.x, -sign);
    case 'tag': {
      if (sign < 0) {
        return -1;
      }
      if (z.tag === 'go1') {
        return 0;
      }
      const m = /^go1\.(\d+)$/.exec(z.tag);
      return m?.[1] === undefined ? -1 : Number(m[1]);
    }
  }
}
