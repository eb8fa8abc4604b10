// Shared by the conformance tests: the worker runner from the built package (the same code
// `mapscope run` uses, with a stack deep enough for Go recursion), and the comparison rules of
// README.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../../src/run.ts';
import type { WorkerRunner as Runner } from '../../src/node/index.ts';

const built = fileURLToPath(new URL('../../dist/node/index.js', import.meta.url));

/** A worker runner from dist/ (built by `pnpm test`'s build step, or `pnpm build`). */
export async function startRunner(): Promise<Runner> {
  if (!existsSync(built)) {
    throw new Error(
      `${built} is missing: build the interpreter first (pnpm build, or pnpm test from the root)`,
    );
  }
  const mod = (await import(/* @vite-ignore */ built)) as { WorkerRunner: new () => Runner };
  return new mod.WorkerRunner();
}

/** What Go 1.19 did with a program (see README.md). */
export interface Golden {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
  readonly kind: 'ok' | 'exit' | 'panic' | 'fatal' | 'compile';
  readonly stderrFirst?: string;
}

/** The parts of a run compared with the golden: crashes compare stderr's first line only. */
export function comparable(
  r: RunResult,
  g: Golden,
): { stdout: string; stderr: string; exit: number } {
  const crash = g.kind === 'panic' || g.kind === 'fatal';
  return {
    stdout: r.stdout,
    stderr: crash ? (r.stderr.split('\n')[0] ?? '') : r.stderr,
    exit: r.exitCode,
  };
}

export function expected(g: Golden): { stdout: string; stderr: string; exit: number } {
  const crash = g.kind === 'panic' || g.kind === 'fatal';
  return { stdout: g.stdout, stderr: crash ? (g.stderrFirst ?? '') : g.stderr, exit: g.exit };
}
