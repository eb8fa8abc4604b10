import type { UserWorkspaceConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.ts';

const config: UserWorkspaceConfig = packageProject('@mapscope/cli', {
  setupFiles: ['test/setup-std.ts'],
});
export default config;
