import { defineProject } from 'vitest/config';
import type { UserWorkspaceConfig } from 'vitest/config';

const config: UserWorkspaceConfig = defineProject({
  resolve: { conditions: ['@mapscope/source'] },
  test: { name: '@mapscope/go-syntax' },
});

export default config;
