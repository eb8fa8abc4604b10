// Which files of a directory a build includes, as go/build's Context.MatchFile decides for the
// one target mapscope models (linux/amd64, the gc toolchain, no cgo): the file name's _GOOS and
// _GOARCH suffixes, then its `//go:build` line, or failing that its `// +build` lines.
// Go: go/build/build.go (goodOSArchFile, shouldBuild, matchTag), go/build/syslist.go (1.19).
import { findBuildConstraint, headerBeforePackage, parseConstraint } from './go-version.ts';
import type { Constraint } from './go-version.ts';

const knownOS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(
    ' ',
  ),
);
const knownArch = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' ',
  ),
);
// The GOOS values the `unix` tag matches (go/build/syslist.go unixOS).
const unixOS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' '),
);

/** The build being modelled: Go release tags go1.1 … go1.<releaseMinor>. */
export interface BuildContext {
  readonly goos: string;
  readonly goarch: string;
  readonly releaseMinor: number;
  /** Tags set as `go build -tags` sets them. */
  readonly tags?: readonly string[];
}

/** linux/amd64 with the gc toolchain, cgo off, releases up to go1.<releaseMinor>. */
export function linuxAmd64(releaseMinor: number): BuildContext {
  return { goos: 'linux', goarch: 'amd64', releaseMinor };
}

/** Whether a build tag holds (go/build Context.matchTag). */
export function matchTag(ctx: BuildContext, tag: string): boolean {
  if (tag === ctx.goos || tag === ctx.goarch || tag === 'gc' || ctx.tags?.includes(tag) === true) {
    return true;
  }
  if (tag === 'unix') {
    return unixOS.has(ctx.goos);
  }
  const m = /^go1\.(\d+)$/.exec(tag);
  if (m?.[1] !== undefined) {
    return Number(m[1]) <= ctx.releaseMinor;
  }
  return tag === 'go1';
}

/** Whether a file name's _GOOS / _GOARCH / _GOOS_GOARCH suffix fits the build (goodOSArchFile). */
export function goodOSArchFile(ctx: BuildContext, fileName: string): boolean {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const name = base.split('.')[0] ?? '';
  const i = name.indexOf('_');
  if (i < 0) {
    return true;
  }
  const l = name.slice(i).split('_');
  if (l[l.length - 1] === 'test') {
    l.pop();
  }
  const last = l[l.length - 1] ?? '';
  const prev = l.length >= 2 ? (l[l.length - 2] ?? '') : '';
  if (knownOS.has(prev) && knownArch.has(last)) {
    return matchTag(ctx, prev) && matchTag(ctx, last);
  }
  if (knownOS.has(last) || knownArch.has(last)) {
    return matchTag(ctx, last);
  }
  return true;
}

function evaluate(ctx: BuildContext, z: Constraint): boolean {
  switch (z.op) {
    case 'tag':
      return matchTag(ctx, z.tag);
    case 'not':
      return !evaluate(ctx, z.x);
    case 'and':
      return evaluate(ctx, z.x) && evaluate(ctx, z.y);
    case 'or':
      return evaluate(ctx, z.x) || evaluate(ctx, z.y);
  }
}

/** A `// +build` line's options: space-separated alternatives of comma-separated terms. */
function plusBuildHolds(ctx: BuildContext, line: string): boolean {
  return line
    .split(/\s+/)
    .filter((o) => o !== '')
    .some((option) =>
      option.split(',').every((term) => {
        const neg = term.startsWith('!');
        return matchTag(ctx, neg ? term.slice(1) : term) !== neg;
      }),
    );
}

/**
 * Whether a directory build includes this file: its name, then its build constraints. A
 * malformed `//go:build` expression excludes the file here; `go build` reports it as an error.
 */
export function matchFile(ctx: BuildContext, fileName: string, source: string): boolean {
  if (!goodOSArchFile(ctx, fileName)) {
    return false;
  }
  const expr = findBuildConstraint(source);
  if (expr !== undefined) {
    const tree = parseConstraint(expr);
    return tree !== undefined && evaluate(ctx, tree);
  }
  const plus = [...headerBeforePackage(source).matchAll(/^\/\/ ?\+build(?:[ \t]+(.*))?$/gm)];
  return plus.every((m) => plusBuildHolds(ctx, m[1] ?? ''));
}
