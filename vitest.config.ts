import { defineConfig } from 'vitest/config';

/** Root config: `pnpm vitest` from the root runs every package's project at once. */
export default defineConfig({
  test: {
    projects: ['packages/*'],
  },
});
