// The built command as a user runs it: a fresh Node process, with no test setup around it
// (the other tests call main() with the standard library installed by test/setup-std.ts).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const exec = promisify(execFile);

describe('the mapscope binary', () => {
  it('runs the tour, which explores on its own thread with Go std bundled at build time', async () => {
    const { stdout } = await exec(process.execPath, [cli, 'tour'], { timeout: 120_000 });
    expect(stdout).toContain('1/5  Writing to a nil map');
    expect(stdout).toContain('fatal error: concurrent map writes');
  }, 150_000);
});
