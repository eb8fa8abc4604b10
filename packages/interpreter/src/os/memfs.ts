// An in-memory file system (the browser's; tests' when they want no disk): directories, files
// and symbolic links under /, with /tmp made at the start and the current directory at /.
import {
  Errno,
  FsError,
  OpenFlag,
  S_IFDIR,
  S_IFLNK,
  S_IFREG,
  type FileStat,
  type FileSystem,
} from './host.ts';

interface NodeBase {
  readonly ino: number;
  mode: number;
  mtimeNs: bigint;
  atimeNs: bigint;
  nlink: number;
}
interface Dir extends NodeBase {
  readonly kind: 'dir';
  readonly entries: Map<string, MemNode>;
  parent: Dir;
}
interface File extends NodeBase {
  readonly kind: 'file';
  data: Uint8Array;
  size: number;
}
interface Link extends NodeBase {
  readonly kind: 'link';
  readonly target: string;
}
type MemNode = Dir | File | Link;

interface Handle {
  readonly node: MemNode;
  readonly flags: number;
  pos: number;
}

/** The permission bits a new file or directory does not get (the usual 022). */
const umask = 0o022;

/** Symbolic links followed in one lookup before ELOOP (Linux's MAXSYMLINKS). */
const maxLinks = 40;

export class MemFileSystem implements FileSystem {
  readonly ids = { uid: 1000, gid: 1000, pid: 2, ppid: 1 };
  readonly hostname = 'mapscope';
  readonly #root: Dir;
  #cwd: Dir;
  #cwdPath = '/';
  #nextIno = 1;
  readonly #handles = new Map<number, Handle>();
  #nextHandle = 3;
  readonly #stdin: Uint8Array;
  readonly #stdinGiven: boolean;
  #stdinPos = 0;
  readonly #now: () => bigint;

  /**
   * `stdin`: what the program reads from fd 0; `cwd`: its current directory (made if missing);
   * `now`: the clock of modification times.
   */
  constructor(o: { stdin?: Uint8Array; cwd?: string; now?: () => bigint } = {}) {
    this.#now = o.now ?? ((): bigint => BigInt(Date.now()) * 1_000_000n);
    const root = this.#dir(0o755);
    root.parent = root;
    this.#root = root;
    this.#cwd = root;
    this.#stdin = o.stdin ?? new Uint8Array(0);
    this.#stdinGiven = o.stdin !== undefined;
    this.mkdir('/tmp', 0o1777);
    if (o.cwd !== undefined) {
      let at = '';
      for (const part of o.cwd.split('/').filter((p) => p !== '')) {
        at += `/${part}`;
        try {
          this.mkdir(at, 0o755);
        } catch (e) {
          if (!(e instanceof FsError) || e.errno !== Errno.EEXIST) {
            throw e;
          }
        }
      }
      this.chdir(o.cwd);
    }
  }

  #dir(mode: number): Dir {
    const t = this.#now();
    const d = {
      kind: 'dir',
      ino: this.#nextIno++,
      mode: S_IFDIR | (mode & 0o7777),
      mtimeNs: t,
      atimeNs: t,
      nlink: 2,
      entries: new Map(),
    } as Omit<Dir, 'parent'> as Dir;
    d.parent = d;
    return d;
  }

  /** The directory holding `path`'s last element, and that element ('' for the root). */
  #parent(path: string): { dir: Dir; name: string } {
    const parts = path.split('/').filter((p) => p !== '');
    const name = parts.pop() ?? '';
    const start = path.startsWith('/') ? this.#root : this.#cwd;
    const dir = this.#walk(start, parts, 0);
    if (name === '.' || name === '..') {
      return { dir: name === '.' ? dir : dir.parent, name: '' };
    }
    return { dir, name };
  }

  // Follows `parts` from `dir`, each step a directory (following links); the result's directory.
  #walk(dir: Dir, parts: readonly string[], depth: number): Dir {
    let d = dir;
    for (const p of parts) {
      if (p === '.') {
        continue;
      }
      if (p === '..') {
        d = d.parent;
        continue;
      }
      const n = this.#follow(d, d.entries.get(p), depth);
      if (n === undefined) {
        throw new FsError(Errno.ENOENT);
      }
      if (n.kind !== 'dir') {
        throw new FsError(Errno.ENOTDIR);
      }
      d = n;
    }
    return d;
  }

  #follow(from: Dir, n: MemNode | undefined, depth: number): MemNode | undefined {
    let node = n;
    let d = depth;
    while (node?.kind === 'link') {
      if (++d > maxLinks) {
        throw new FsError(Errno.ELOOP);
      }
      const target = node.target;
      const parts = target.split('/').filter((p) => p !== '');
      const name = parts.pop();
      const dir = this.#walk(target.startsWith('/') ? this.#root : from, parts, d);
      node =
        name === undefined || name === '.'
          ? dir
          : name === '..'
            ? dir.parent
            : dir.entries.get(name);
    }
    return node;
  }

  /** The node at `path`; links followed when `follow` (the last element's too). */
  #lookup(path: string, follow = true): MemNode {
    if (path === '') {
      throw new FsError(Errno.ENOENT);
    }
    const { dir, name } = this.#parent(path);
    if (name === '') {
      return dir;
    }
    const n = dir.entries.get(name);
    const node = follow ? this.#follow(dir, n, 0) : n;
    if (node === undefined) {
      throw new FsError(Errno.ENOENT);
    }
    if (path.endsWith('/') && this.#follow(dir, node, 0)?.kind !== 'dir') {
      throw new FsError(Errno.ENOTDIR);
    }
    return node;
  }

  #handle(h: number): Handle {
    const f = this.#handles.get(h);
    if (f === undefined) {
      throw new FsError(Errno.EBADF);
    }
    return f;
  }

  open(path: string, flags: number, perm: number): number {
    let node: MemNode;
    const { dir, name } = this.#parent(path);
    const existing = name === '' ? dir : this.#follow(dir, dir.entries.get(name), 0);
    const writing = (flags & (OpenFlag.WRONLY | OpenFlag.RDWR)) !== 0;
    if (existing === undefined) {
      if ((flags & OpenFlag.CREAT) === 0) {
        throw new FsError(Errno.ENOENT);
      }
      const t = this.#now();
      const f: File = {
        kind: 'file',
        ino: this.#nextIno++,
        mode: S_IFREG | (perm & 0o7777 & ~umask),
        mtimeNs: t,
        atimeNs: t,
        nlink: 1,
        data: new Uint8Array(0),
        size: 0,
      };
      dir.entries.set(name, f);
      dir.mtimeNs = t;
      node = f;
    } else {
      if ((flags & OpenFlag.CREAT) !== 0 && (flags & OpenFlag.EXCL) !== 0) {
        throw new FsError(Errno.EEXIST);
      }
      if (existing.kind === 'dir' && writing) {
        throw new FsError(Errno.EISDIR);
      }
      node = existing;
      if (node.kind === 'file' && (flags & OpenFlag.TRUNC) !== 0 && writing) {
        node.size = 0;
        node.mtimeNs = this.#now();
      }
    }
    const h = this.#nextHandle++;
    this.#handles.set(h, { node, flags, pos: 0 });
    return h;
  }

  close(h: number): void {
    this.#handle(h);
    this.#handles.delete(h);
  }

  read(h: number, buf: Uint8Array, position: number | null): number {
    const f = this.#handle(h);
    if (f.node.kind === 'dir') {
      throw new FsError(Errno.EISDIR);
    }
    if ((f.flags & OpenFlag.WRONLY) !== 0) {
      throw new FsError(Errno.EBADF);
    }
    const file = f.node as File;
    const at = position ?? f.pos;
    const n = Math.max(0, Math.min(buf.length, file.size - at));
    buf.set(file.data.subarray(at, at + n));
    if (position === null) {
      f.pos += n;
    }
    return n;
  }

  write(h: number, buf: Uint8Array, position: number | null): number {
    const f = this.#handle(h);
    if ((f.flags & (OpenFlag.WRONLY | OpenFlag.RDWR)) === 0 || f.node.kind !== 'file') {
      throw new FsError(Errno.EBADF);
    }
    const file = f.node;
    const append = (f.flags & OpenFlag.APPEND) !== 0;
    const at = append ? file.size : (position ?? f.pos);
    this.#resize(file, Math.max(file.size, at + buf.length));
    file.data.set(buf, at);
    file.mtimeNs = this.#now();
    if (position === null) {
      f.pos = at + buf.length;
    }
    return buf.length;
  }

  #resize(file: File, size: number): void {
    if (size > file.data.length) {
      const data = new Uint8Array(Math.max(size, file.data.length * 2));
      data.set(file.data.subarray(0, file.size));
      file.data = data;
    } else if (size > file.size) {
      file.data.fill(0, file.size, size);
    }
    file.size = size;
  }

  #stat(n: MemNode): FileStat {
    const size = n.kind === 'file' ? n.size : n.kind === 'link' ? n.target.length : 4096;
    return {
      dev: 1,
      ino: n.ino,
      mode: n.mode,
      nlink: n.nlink,
      uid: this.ids.uid,
      gid: this.ids.gid,
      rdev: 0,
      size,
      blksize: 4096,
      blocks: Math.ceil(size / 512),
      atimeNs: n.atimeNs,
      mtimeNs: n.mtimeNs,
      ctimeNs: n.mtimeNs,
    };
  }

  fstat(h: number): FileStat {
    return this.#stat(this.#handle(h).node);
  }

  stat(path: string): FileStat {
    return this.#stat(this.#lookup(path));
  }

  lstat(path: string): FileStat {
    return this.#stat(this.#lookup(path, false));
  }

  readdir(path: string): string[] {
    const d = this.#lookup(path);
    if (d.kind !== 'dir') {
      throw new FsError(Errno.ENOTDIR);
    }
    return [...d.entries.keys()];
  }

  // The parent and name of a path to create or remove (not the root, . or ..).
  #entry(path: string): { dir: Dir; name: string } {
    const { dir, name } = this.#parent(path.replace(/\/+$/, ''));
    if (name === '') {
      throw new FsError(path === '' ? Errno.ENOENT : Errno.EBUSY);
    }
    return { dir, name };
  }

  mkdir(path: string, perm: number): void {
    const { dir, name } = this.#entry(path);
    if (dir.entries.has(name)) {
      throw new FsError(Errno.EEXIST);
    }
    const d = this.#dir(perm & ~umask);
    d.parent = dir;
    dir.entries.set(name, d);
    dir.nlink++;
    dir.mtimeNs = this.#now();
  }

  rmdir(path: string): void {
    const { dir, name } = this.#entry(path);
    const d = dir.entries.get(name);
    if (d === undefined) {
      throw new FsError(Errno.ENOENT);
    }
    if (d.kind !== 'dir') {
      throw new FsError(Errno.ENOTDIR);
    }
    if (d.entries.size > 0) {
      throw new FsError(Errno.ENOTEMPTY);
    }
    dir.entries.delete(name);
    dir.nlink--;
  }

  unlink(path: string): void {
    const { dir, name } = this.#entry(path);
    const n = dir.entries.get(name);
    if (n === undefined) {
      throw new FsError(Errno.ENOENT);
    }
    if (n.kind === 'dir') {
      throw new FsError(Errno.EISDIR);
    }
    dir.entries.delete(name);
    n.nlink--;
  }

  rename(from: string, to: string): void {
    const a = this.#entry(from);
    const n = a.dir.entries.get(a.name);
    if (n === undefined) {
      throw new FsError(Errno.ENOENT);
    }
    const b = this.#entry(to);
    const old = b.dir.entries.get(b.name);
    if (old !== undefined && old !== n) {
      if (old.kind === 'dir' && n.kind !== 'dir') {
        throw new FsError(Errno.EISDIR);
      }
      if (old.kind !== 'dir' && n.kind === 'dir') {
        throw new FsError(Errno.ENOTDIR);
      }
      if (old.kind === 'dir' && old.entries.size > 0) {
        throw new FsError(Errno.ENOTEMPTY);
      }
    }
    for (let d: Dir = b.dir; n.kind === 'dir'; d = d.parent) {
      if (d === n) {
        throw new FsError(Errno.EINVAL); // into itself
      }
      if (d === d.parent) {
        break;
      }
    }
    a.dir.entries.delete(a.name);
    b.dir.entries.set(b.name, n);
    if (n.kind === 'dir') {
      n.parent = b.dir;
    }
  }

  truncate(path: string, size: number): void {
    const n = this.#lookup(path);
    if (n.kind !== 'file') {
      throw new FsError(Errno.EISDIR);
    }
    this.#resize(n, size);
  }

  ftruncate(h: number, size: number): void {
    const n = this.#handle(h).node;
    if (n.kind !== 'file') {
      throw new FsError(Errno.EINVAL);
    }
    this.#resize(n, size);
  }

  chmod(path: string, mode: number): void {
    const n = this.#lookup(path);
    n.mode = (n.mode & ~0o7777) | (mode & 0o7777);
  }

  fchmod(h: number, mode: number): void {
    const n = this.#handle(h).node;
    n.mode = (n.mode & ~0o7777) | (mode & 0o7777);
  }

  chown(path: string, _uid: number, _gid: number, follow: boolean): void {
    this.#lookup(path, follow);
  }

  utimes(path: string, atimeNs: bigint, mtimeNs: bigint): void {
    const n = this.#lookup(path);
    n.atimeNs = atimeNs;
    n.mtimeNs = mtimeNs;
  }

  readlink(path: string): string {
    const n = this.#lookup(path, false);
    if (n.kind !== 'link') {
      throw new FsError(Errno.EINVAL);
    }
    return n.target;
  }

  symlink(target: string, path: string): void {
    const { dir, name } = this.#entry(path);
    if (dir.entries.has(name)) {
      throw new FsError(Errno.EEXIST);
    }
    const t = this.#now();
    dir.entries.set(name, {
      kind: 'link',
      ino: this.#nextIno++,
      mode: S_IFLNK | 0o777,
      mtimeNs: t,
      atimeNs: t,
      nlink: 1,
      target,
    });
  }

  link(existing: string, path: string): void {
    const n = this.#lookup(existing, false);
    if (n.kind === 'dir') {
      throw new FsError(Errno.EPERM);
    }
    const { dir, name } = this.#entry(path);
    if (dir.entries.has(name)) {
      throw new FsError(Errno.EEXIST);
    }
    dir.entries.set(name, n);
    n.nlink++;
  }

  fsync(h: number): void {
    this.#handle(h);
  }

  cwd(): string {
    return this.#cwdPath;
  }

  chdir(path: string): void {
    const n = this.#lookup(path);
    if (n.kind !== 'dir') {
      throw new FsError(Errno.ENOTDIR);
    }
    this.#cwd = n;
    this.#cwdPath = this.#pathOf(n);
  }

  #pathOf(d: Dir): string {
    const names: string[] = [];
    for (let x = d; x !== this.#root; x = x.parent) {
      const p = x.parent;
      const name = [...p.entries].find(([, v]) => v === x)?.[0] ?? '?';
      names.unshift(name);
    }
    return `/${names.join('/')}`;
  }

  /** Given input on fd 0 comes through a pipe, as `echo … | prog` gives it; the rest are a terminal. */
  stdioStat(fd: number): FileStat | null {
    if (fd !== 0 || !this.#stdinGiven) {
      return null;
    }
    return { ...this.stat('/'), mode: 0o10600, size: 0, nlink: 1 };
  }

  readStdin(buf: Uint8Array): number {
    const n = Math.min(buf.length, this.#stdin.length - this.#stdinPos);
    buf.set(this.#stdin.subarray(this.#stdinPos, this.#stdinPos + n));
    this.#stdinPos += n;
    return n;
  }
}
