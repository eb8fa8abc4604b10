// Every test compiles against the standard-library bundle built into dist/std.
import { useNodeStdLibrary } from '../src/node/std.ts';

useNodeStdLibrary();
