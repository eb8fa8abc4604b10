// Go's traceback of a goroutine, from the JavaScript stack where a panic started: each frame
// of generated code is a Go function (DebugInfo maps its generator function's name to the Go
// body), and the `//@FILE:LINE` line nearest above the frame's line says where in Go it is.
// Go prints each frame's arguments and program-counter offset; the model has neither, so a
// frame reads `main.f(...)` and its file:line, as Go prints an inlined call.
import type { Package } from '@mapscope/go-types/check/package';
import type { CodeChunk, DebugInfo } from '../compile/compile.ts';
import { RacePlan } from '../compile/race.ts';
import type * as A from '@mapscope/go-types/syntax/ast';

/** Go prints at most this many frames of a goroutine (runtime: tracebackInnerFrames + outer). */
const maxFrames = 100;

/** A compiled program as its traceback reads it. */
export interface TracedProgram {
  readonly chunks: readonly CodeChunk[];
  readonly debug: DebugInfo;
  readonly pkgs: readonly Package[];
}

interface Lookup {
  /** Each chunk's source lines, by chunk id (split when a frame is in it). */
  readonly lines: Map<number, readonly string[] | undefined>;
  readonly plan: RacePlan;
}

const lookups = new WeakMap<TracedProgram, Lookup>();

function lookup(p: TracedProgram, file: (f: A.SourceFile) => string): Lookup {
  let look = lookups.get(p);
  if (look === undefined) {
    look = { lines: new Map(), plan: new RacePlan(p.pkgs, file) };
    lookups.set(p, look);
  }
  return look;
}

/** Chunk `id`'s source lines (undefined: not a chunk of p). */
function chunkLines(p: TracedProgram, look: Lookup, id: number): readonly string[] | undefined {
  if (!look.lines.has(id)) {
    look.lines.set(id, p.chunks.find((c) => c.id === id)?.source.split('\n'));
  }
  return look.lines.get(id);
}

/** A go statement, as the compiled code gives it with the goroutine it starts. */
export interface GoSite {
  /** The generated function holding the statement (DebugInfo's name for it). */
  readonly fn: string;
  readonly file: A.SourceFile;
  readonly line: number;
}

/** A go statement's function and file:line, for Go's `created by` lines (null: unknown). */
export function goSiteFrame(
  site: GoSite,
  p: TracedProgram,
  file: (f: A.SourceFile) => string,
): { readonly func: string; readonly file: string; readonly line: number } | null {
  const fn = p.debug.funcs.get(site.fn);
  if (fn === undefined) {
    return null;
  }
  return { func: lookup(p, file).plan.func(fn.body).name, file: file(site.file), line: site.line };
}

/**
 * A JavaScript stack line of generated code: the function's name, its chunk (see chunkURL) and
 * the line (source lines of `new Function` start after its two-line header and the body's
 * 'use strict' line).
 */
const frameRe = /^\s*at (?:async )?([\w$]+) \(mapscope:chunk\/(\d+):(\d+):\d+\)$/;
const headerLines = 3;

/** One frame of a goroutine's stack, as Go's traceback shows it. */
export interface GoFrame {
  /** Go's name of the function: main.main, main.(*T).M, main.main.func1. */
  readonly func: string;
  readonly file: string;
  readonly line: number;
  /** Whether the function takes arguments (printed `(...)`, else `()`). */
  readonly args: boolean;
}

/**
 * The Go frames of JavaScript stack `stack`, innermost first (at most Go's 100). `file` gives
 * a source file's path as Go prints it.
 */
export function stackFrames(
  stack: string,
  p: TracedProgram,
  file: (f: A.SourceFile) => string,
): GoFrame[] {
  const look = lookup(p, file);
  const out: GoFrame[] = [];
  let inner = '';
  for (const text of stack.split('\n')) {
    const m = frameRe.exec(text);
    const name = m?.[1];
    const fn = name === undefined ? undefined : p.debug.funcs.get(name);
    if (m === null || name === undefined || fn === undefined) {
      continue;
    }
    // A generator that called its plain twin F$s (compile/sync.ts) is the same Go frame.
    const twin = inner === `${name}$s`;
    inner = name;
    if (twin) {
      continue;
    }
    const { body, info } = fn;
    const lines = chunkLines(p, look, Number(m[2]));
    const line = Number(m[3]) - headerLines - 1;
    const at = (lines === undefined ? null : position(lines, line, name, p.debug, file)) ?? {
      file: file(body.pos.file),
      line: body.pos.file.position(body.pos.offset).line,
    };
    out.push({
      func: look.plan.func(body).name,
      ...at,
      args: info.params.length > 0 || info.recv !== null,
    });
  }
  return out;
}

/** Frames as Go's traceback prints them: `func(...)\n\tfile:line\n` each, at most 100. */
export function formatFrames(frames: readonly GoFrame[]): string {
  const out = frames
    .slice(0, maxFrames)
    .map((f) => `${f.func}(${f.args ? '...' : ''})\n\t${f.file}:${f.line}\n`);
  if (frames.length > maxFrames) {
    out.push('...additional frames elided...\n');
  }
  return out.join('');
}

/** The Go position of source line `index`: the nearest mark above it in its function. */
function position(
  lines: readonly string[],
  index: number,
  name: string,
  debug: DebugInfo,
  file: (f: A.SourceFile) => string,
): { file: string; line: number } | null {
  const heads = [`function* ${name}(`, `function ${name}(`];
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const l = lines[i] ?? '';
    const m = /^\s*\/\/@(\d+):(\d+)$/.exec(l);
    if (m !== null) {
      const f = debug.files[Number(m[1])];
      return f === undefined ? null : { file: file(f), line: Number(m[2]) };
    }
    if (heads.some((h) => l.includes(h))) {
      return null;
    }
  }
  return null;
}
