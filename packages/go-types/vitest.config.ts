import type { UserWorkspaceConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.ts';

const config: UserWorkspaceConfig = packageProject('@mapscope/go-types');
export default config;
