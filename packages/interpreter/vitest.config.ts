import type { UserWorkspaceConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.ts';

const config: UserWorkspaceConfig = packageProject('@mapscope/interpreter', {
  setupFiles: ['test/setup-std.ts'],
});
export default config;
