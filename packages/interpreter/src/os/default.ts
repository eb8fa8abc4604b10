// The file system a run gets when its options name none: an in-memory one, unless the host
// installs its own (Node installs the machine's: node/std.ts).
import type { FileSystem } from './host.ts';
import { MemFileSystem } from './memfs.ts';

/** What a run asks of its file system: its standard input and current directory, if given. */
export interface FileSystemOptions {
  readonly stdin?: Uint8Array;
  /** Reads the program's standard input (bytes into buf, 0 at its end), when it is not `stdin`. */
  readonly readStdin?: (buf: Uint8Array) => number;
  /** What fds 0, 1 and 2 are, when not this process's own (StdioKind). */
  readonly stdio?: readonly (StdioKind | null)[];
  /** The process the program is (os.Getpid, os.Getppid), when not this one. */
  readonly process?: { readonly pid: number; readonly ppid: number };
  readonly cwd?: string;
}

/** The kind of a standard stream as `stat` tells it: its mode bits (S_IFIFO, S_IFCHR …) and size. */
export interface StdioKind {
  readonly mode: number;
  readonly size: number;
}

/** Makes a run's file system. */
export type FileSystemFactory = (o: FileSystemOptions) => FileSystem;

let factory: FileSystemFactory = (o) => new MemFileSystem(o);

/** Sets how every later run in this thread gets its file system. */
export function setFileSystemFactory(f: FileSystemFactory): void {
  factory = f;
}

/** A new file system for a run. */
export function newFileSystem(o: FileSystemOptions = {}): FileSystem {
  return factory(o);
}
