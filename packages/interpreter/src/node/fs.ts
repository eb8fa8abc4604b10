// The machine's file system, for programs run in Node: each call is Node's synchronous one,
// Node's error codes become Linux's numbers. The current directory is the run's own (a program's
// os.Chdir does not move the tool's), and standard input is the process's.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  Errno,
  FsError,
  OpenFlag,
  blankStat,
  fsError,
  type FileStat,
  type FileSystem,
} from '../os/host.ts';
import type { FileSystemOptions } from '../os/default.ts';

function call<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FsError) {
      throw e;
    }
    throw fsError((e as { code?: string }).code);
  }
}

function statOf(s: fs.BigIntStats): FileStat {
  return {
    dev: Number(s.dev),
    ino: Number(s.ino),
    mode: Number(s.mode),
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    rdev: Number(s.rdev),
    size: Number(s.size),
    blksize: Number(s.blksize),
    blocks: Number(s.blocks),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
  };
}

/** Go's open flags as Node's. */
function nodeFlags(flags: number): number {
  const c = fs.constants;
  let f = 0;
  const pairs: [number, number][] = [
    [OpenFlag.WRONLY, c.O_WRONLY],
    [OpenFlag.RDWR, c.O_RDWR],
    [OpenFlag.CREAT, c.O_CREAT],
    [OpenFlag.EXCL, c.O_EXCL],
    [OpenFlag.TRUNC, c.O_TRUNC],
    [OpenFlag.APPEND, c.O_APPEND],
    [OpenFlag.SYNC, c.O_SYNC],
  ];
  for (const [go, node] of pairs) {
    if ((flags & go) === go) {
      f |= node;
    }
  }
  return f;
}

export class NodeFileSystem implements FileSystem {
  readonly ids: FileSystem['ids'];
  readonly hostname: string;
  #cwd: string;
  readonly #open = new Set<number>();

  readonly #stdin: Uint8Array | undefined;
  #stdinPos = 0;
  readonly #readStdin: ((buf: Uint8Array) => number) | undefined;
  readonly #stdio: FileSystemOptions['stdio'];

  /**
   * `stdin`: what the program reads on fd 0, or `readStdin` reads it (default: the process's
   * standard input).
   */
  constructor(o: FileSystemOptions = {}) {
    this.#cwd = o.cwd ?? process.cwd();
    this.#stdin = o.stdin;
    this.#readStdin = o.readStdin;
    this.#stdio = o.stdio;
    this.ids = {
      uid: process.getuid?.() ?? 0,
      gid: process.getgid?.() ?? 0,
      pid: o.process?.pid ?? process.pid,
      ppid: o.process?.ppid ?? process.ppid,
    };
    this.hostname = os.hostname();
  }

  #abs(p: string): string {
    if (p === '') {
      throw new FsError(Errno.ENOENT);
    }
    return path.isAbsolute(p) ? p : `${this.#cwd}/${p}`;
  }

  #fd(h: number): number {
    if (!this.#open.has(h)) {
      throw new FsError(Errno.EBADF);
    }
    return h;
  }

  open(p: string, flags: number, perm: number): number {
    const h = call(() => fs.openSync(this.#abs(p), nodeFlags(flags), perm));
    this.#open.add(h);
    return h;
  }

  close(h: number): void {
    call(() => {
      fs.closeSync(this.#fd(h));
    });
    this.#open.delete(h);
  }

  read(h: number, buf: Uint8Array, position: number | null): number {
    return call(() => fs.readSync(this.#fd(h), buf, 0, buf.length, position));
  }

  write(h: number, buf: Uint8Array, position: number | null): number {
    return call(() => fs.writeSync(this.#fd(h), buf, 0, buf.length, position));
  }

  fstat(h: number): FileStat {
    return call(() => statOf(fs.fstatSync(this.#fd(h), { bigint: true })));
  }

  stat(p: string): FileStat {
    return call(() => statOf(fs.statSync(this.#abs(p), { bigint: true })));
  }

  lstat(p: string): FileStat {
    return call(() => statOf(fs.lstatSync(this.#abs(p), { bigint: true })));
  }

  readdir(p: string): string[] {
    return call(() => fs.readdirSync(this.#abs(p)));
  }

  mkdir(p: string, perm: number): void {
    call(() => {
      fs.mkdirSync(this.#abs(p), { mode: perm });
    });
  }

  rmdir(p: string): void {
    call(() => {
      fs.rmdirSync(this.#abs(p));
    });
  }

  unlink(p: string): void {
    call(() => {
      fs.unlinkSync(this.#abs(p));
    });
  }

  rename(from: string, to: string): void {
    call(() => {
      fs.renameSync(this.#abs(from), this.#abs(to));
    });
  }

  truncate(p: string, size: number): void {
    call(() => {
      fs.truncateSync(this.#abs(p), size);
    });
  }

  ftruncate(h: number, size: number): void {
    call(() => {
      fs.ftruncateSync(this.#fd(h), size);
    });
  }

  chmod(p: string, mode: number): void {
    call(() => {
      fs.chmodSync(this.#abs(p), mode);
    });
  }

  fchmod(h: number, mode: number): void {
    call(() => {
      fs.fchmodSync(this.#fd(h), mode);
    });
  }

  chown(p: string, uid: number, gid: number, follow: boolean): void {
    call(() => {
      (follow ? fs.chownSync : fs.lchownSync)(this.#abs(p), uid, gid);
    });
  }

  utimes(p: string, atimeNs: bigint, mtimeNs: bigint): void {
    // Node takes seconds; microseconds survive a double.
    const sec = (ns: bigint): number => Number(ns / 1000n) / 1e6;
    call(() => {
      fs.utimesSync(this.#abs(p), sec(atimeNs), sec(mtimeNs));
    });
  }

  readlink(p: string): string {
    return call(() => fs.readlinkSync(this.#abs(p)));
  }

  symlink(target: string, p: string): void {
    call(() => {
      fs.symlinkSync(target, this.#abs(p));
    });
  }

  link(existing: string, p: string): void {
    call(() => {
      fs.linkSync(this.#abs(existing), this.#abs(p));
    });
  }

  fsync(h: number): void {
    call(() => {
      fs.fsyncSync(this.#fd(h));
    });
  }

  cwd(): string {
    return this.#cwd;
  }

  chdir(p: string): void {
    const to = path.resolve(this.#cwd, p);
    const st = this.stat(to);
    if ((st.mode & 0o170000) !== 0o40000) {
      throw new FsError(Errno.ENOTDIR);
    }
    this.#cwd = to;
  }

  stdioStat(fd: number): FileStat | null {
    if (this.#stdio !== undefined) {
      const k = this.#stdio[fd];
      return k === undefined || k === null ? null : { ...blankStat, mode: k.mode, size: k.size };
    }
    if (fd === 0 && this.#stdin !== undefined) {
      // Given input comes through a pipe, as `echo … | prog` gives it.
      return { ...blankStat, mode: 0o10600 };
    }
    try {
      return statOf(fs.fstatSync(fd, { bigint: true }));
    } catch {
      return null;
    }
  }

  readStdin(buf: Uint8Array): number {
    const given = this.#stdin;
    if (given !== undefined) {
      const n = Math.min(buf.length, given.length - this.#stdinPos);
      buf.set(given.subarray(this.#stdinPos, this.#stdinPos + n));
      this.#stdinPos += n;
      return n;
    }
    if (this.#readStdin !== undefined) {
      return this.#readStdin(buf);
    }
    for (;;) {
      try {
        return fs.readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EOF') {
          return 0;
        }
        if (code !== 'EAGAIN') {
          throw fsError(code);
        }
        // A non-blocking terminal with nothing typed yet: wait a little, then read again.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
  }
}
