/** Where a command writes, and the directory it runs in; tests pass their own. */
export interface CommandIO {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit statuses: 0 clean, 1 findings, 2 usage or I/O errors (as `mapscope vet` documents). */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;
