// The file system a program's syscalls reach: the machine's in Node (node/fs.ts), an in-memory
// one in the browser (memfs.ts). Calls are synchronous and POSIX-shaped; failures throw
// FsError with Linux's error number, which the syscall natives hand to Go as a syscall.Errno.

/** Linux's numbers for the errors a file system reports (programs see linux/amd64). */
export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  EBADF: 9,
  EAGAIN: 11,
  EACCES: 13,
  EBUSY: 16,
  EEXIST: 17,
  EXDEV: 18,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  EMFILE: 24,
  EFBIG: 27,
  ENOSPC: 28,
  ESPIPE: 29,
  EROFS: 30,
  EMLINK: 31,
  EPIPE: 32,
  ENAMETOOLONG: 36,
  ENOSYS: 38,
  ENOTEMPTY: 39,
  ELOOP: 40,
  ENOTSUP: 95,
} as const;

export type ErrnoName = keyof typeof Errno;

/** A failed file-system call: its Linux error number. */
export class FsError extends Error {
  readonly errno: number;
  constructor(errno: number, message = `errno ${errno}`) {
    super(message);
    this.errno = errno;
  }
}

/** An FsError from an error code's name (Node's `err.code`); EIO for a name it does not know. */
export function fsError(code: string | undefined): FsError {
  const n = code !== undefined && code in Errno ? Errno[code as ErrnoName] : Errno.EIO;
  return new FsError(n, code ?? 'EIO');
}

/** What stat(2) says of a file; times in nanoseconds since 1970. */
export interface FileStat {
  readonly dev: number;
  readonly ino: number;
  /** File type and permission bits, as Linux's st_mode (S_IFREG 0o100000, S_IFDIR 0o40000 …). */
  readonly mode: number;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly rdev: number;
  readonly size: number;
  readonly blksize: number;
  readonly blocks: number;
  readonly atimeNs: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** The open flags of Linux (and Go's syscall.O_*). */
export const OpenFlag = {
  WRONLY: 0o1,
  RDWR: 0o2,
  CREAT: 0o100,
  EXCL: 0o200,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  SYNC: 0o4010000,
} as const;

export const S_IFMT = 0o170000;
export const S_IFDIR = 0o40000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;

/** A stat with nothing known but one link (what a stream with no file behind it reports). */
export const blankStat: FileStat = {
  dev: 0,
  ino: 0,
  mode: 0,
  nlink: 1,
  uid: 0,
  gid: 0,
  rdev: 0,
  size: 0,
  blksize: 1024,
  blocks: 0,
  atimeNs: 0n,
  mtimeNs: 0n,
  ctimeNs: 0n,
};

/**
 * A file system for one run. A handle is the host's number for an open file; paths are
 * absolute or relative to the current directory.
 */
export interface FileSystem {
  open(path: string, flags: number, perm: number): number;
  close(h: number): void;
  /** Reads at `position`, or at the handle's own offset when null; 0 at the end. */
  read(h: number, buf: Uint8Array, position: number | null): number;
  write(h: number, buf: Uint8Array, position: number | null): number;
  fstat(h: number): FileStat;
  stat(path: string): FileStat;
  lstat(path: string): FileStat;
  /** A directory's names, without . and .. . */
  readdir(path: string): string[];
  mkdir(path: string, perm: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  truncate(path: string, size: number): void;
  ftruncate(h: number, size: number): void;
  chmod(path: string, mode: number): void;
  fchmod(h: number, mode: number): void;
  chown(path: string, uid: number, gid: number, follow: boolean): void;
  utimes(path: string, atimeNs: bigint, mtimeNs: bigint): void;
  readlink(path: string): string;
  symlink(target: string, path: string): void;
  link(existing: string, path: string): void;
  fsync(h: number): void;
  cwd(): string;
  chdir(path: string): void;
  /** Reads the program's standard input; 0 at its end. */
  readStdin(buf: Uint8Array): number;
  /**
   * What standard input, output or error (fd 0, 1, 2) is: a terminal, a pipe, a file. Absent
   * or null when unknown (a terminal, then).
   */
  stdioStat?(fd: number): FileStat | null;
  /** The process's ids (getuid, getgid, getpid, getppid). */
  readonly ids: {
    readonly uid: number;
    readonly gid: number;
    readonly pid: number;
    readonly ppid: number;
  };
  /** The host's name (os.Hostname). */
  readonly hostname: string;
}
