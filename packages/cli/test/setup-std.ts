// The cli's tests run programs on the calling thread, against the interpreter's std bundle.
import { useNodeStdLibrary } from '@mapscope/interpreter/node';

useNodeStdLibrary();
