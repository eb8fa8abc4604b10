import type { UserWorkspaceConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.ts';

const config: UserWorkspaceConfig = packageProject('@mapscope/runtime-core');
export default config;
