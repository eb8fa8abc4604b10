import { defineProject } from 'vitest/config';
import type { UserWorkspaceConfig } from 'vitest/config';

// Tests run the packages' TypeScript sources (the @mapscope/source export condition).
const conditions = ['@mapscope/source'];

/** The vitest project of one workspace package. */
export function packageProject(
  name: string,
  o: { readonly setupFiles?: readonly string[] } = {},
): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: conditions } },
    // CI runs every package's tests side by side on two cores: vitest's 5 s default would fail a
    // test for the machine's load, not for its code.
    test: { name, testTimeout: 30_000, setupFiles: [...(o.setupFiles ?? [])] },
  });
}
