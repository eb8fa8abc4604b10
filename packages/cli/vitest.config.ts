import { defineProject } from 'vitest/config';
import type { UserWorkspaceConfig } from 'vitest/config';

// Tests run the packages' TypeScript sources (the @mapscope/source export condition).
const conditions = ['@mapscope/source'];

const config: UserWorkspaceConfig = defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { name: '@mapscope/cli' },
});

export default config;
