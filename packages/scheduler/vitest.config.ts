import type { UserWorkspaceConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.ts';

const config: UserWorkspaceConfig = packageProject('@mapscope/scheduler');
export default config;
