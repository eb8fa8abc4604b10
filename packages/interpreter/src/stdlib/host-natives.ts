// The natives under Go's own syscall, os, time and internal/poll: what Go's runtime and the
// operating system do for them. Files are the run's FileSystem (the machine's in Node, an
// in-memory one in the browser); time is the scheduler's virtual clock, which starts at the
// run's start time and moves only when every goroutine waits; timers fire on that clock.
import {
  ExitSignal,
  WaitReason,
  park,
  sleep,
  type Goroutine,
  type Op,
  type Scheduler,
  type Timer,
} from '@mapscope/scheduler';
import { fromByteString, toByteString } from '@mapscope/go-types/utf8';
import {
  Errno,
  FsError,
  S_IFDIR,
  S_IFMT,
  blankStat,
  type FileStat,
  type FileSystem,
} from '../os/host.ts';
import { G } from '../runtime/support.ts';
import type { GoFunc, Pointer, Slice } from '../values.ts';
import type { Env } from './core-natives.ts';

type Native = (g: G, ...args: unknown[]) => Op<unknown>;

/** An open descriptor of the program's. */
interface OpenFile {
  /** The host's handle; null for the standard streams. */
  readonly h: number | null;
  readonly path: string;
  pos: number;
  /** A directory's names, read at open (Go's js/wasm port does the same); null for a file. */
  readonly entries: readonly string[] | null;
  dirIdx: number;
}

/** The descriptors of one run. */
class Descriptors {
  readonly #files = new Map<number, OpenFile>();
  constructor() {
    for (const fd of [0, 1, 2]) {
      this.#files.set(fd, { h: null, path: '', pos: 0, entries: null, dirIdx: 0 });
    }
  }
  get(fd: number): OpenFile {
    const f = this.#files.get(fd);
    if (f === undefined) {
      throw new FsError(Errno.EBADF);
    }
    return f;
  }
  /** The lowest free descriptor, as the kernel gives it. */
  add(f: OpenFile): number {
    let fd = 0;
    while (this.#files.has(fd)) {
      fd++;
    }
    this.#files.set(fd, f);
    return fd;
  }
  delete(fd: number): void {
    this.#files.delete(fd);
  }
}

const descriptors = new WeakMap<Env, Descriptors>();

/** Runs a file-system call: its result and errno 0, or the zero result and its errno. */
function sys<T>(zero: T, f: () => T): [T, number] {
  try {
    return [f(), 0];
  } catch (e) {
    if (e instanceof FsError) {
      return [zero, e.errno];
    }
    throw e;
  }
}

/** A []byte's bytes. */
function bytesIn(b: Slice | null): Uint8Array {
  if (b === null) {
    return new Uint8Array(0);
  }
  return Uint8Array.from(b.arr.slice(b.off, b.off + b.len) as number[]);
}

/** Copies `n` bytes of `src` into the []byte `b`. */
function copyOut(src: Uint8Array, n: number, b: Slice | null): void {
  if (b === null) {
    return;
  }
  for (let i = 0; i < n; i++) {
    b.arr[b.off + i] = src[i];
  }
}

/** A []byte as a byte string. */
function byteString(u: Uint8Array): string {
  let s = '';
  for (let i = 0; i < u.length; i += 8192) {
    s += String.fromCharCode(...u.subarray(i, i + 8192));
  }
  return s;
}

const nsPerSec = 1_000_000_000n;

/** Fills a syscall.Stat_t (its fields in declaration order). */
function fillStat(st: unknown[], s: FileStat): void {
  const secNsec = (ns: bigint): [number, number] => [Number(ns / nsPerSec), Number(ns % nsPerSec)];
  const [as, an] = secNsec(s.atimeNs);
  const [ms, mn] = secNsec(s.mtimeNs);
  const [cs, cn] = secNsec(s.ctimeNs);
  const int32 = (n: number): number => Math.min(n, 0x7fffffff);
  const fields = [
    s.dev,
    s.ino,
    s.mode >>> 0,
    s.nlink,
    s.uid,
    s.gid,
    s.rdev,
    s.size,
    int32(s.blksize),
    int32(s.blocks),
    as,
    an,
    ms,
    mn,
    cs,
    cn,
  ];
  fields.forEach((v, i) => {
    st[i] = v;
  });
}

/** The fields of Go's time.runtimeTimer (time/sleep.go), by index. */
const TimerField = { When: 1, Period: 2, F: 3, Arg: 4, Seq: 5 } as const;

/** The runs whose program read the wall clock. */
const clockReads = new WeakSet<Env>();

/** Whether the program of run `e` read the wall clock (time.Now). */
export function wallClockRead(e: Env): boolean {
  return clockReads.has(e);
}

/** A runtimeTimer's place on the virtual clock, by its struct. */
const armed = new WeakMap<object, Timer>();

export function hostNatives(
  env: () => Env,
  output: (fd: 1 | 2, text: string) => Op,
  stringSlice: (items: readonly string[]) => Slice,
): Record<string, Native> {
  const fsys = (): FileSystem => env().fs;
  const fds = (): Descriptors => {
    const e = env();
    let d = descriptors.get(e);
    if (d === undefined) {
      d = new Descriptors();
      descriptors.set(e, d);
    }
    return d;
  };
  const hostPath = (p: unknown): string => fromByteString(p as string);
  const file = (fd: unknown): OpenFile => fds().get(Number(fd));
  const fileHandle = (f: OpenFile): number => {
    if (f.h === null) {
      throw new FsError(Errno.EINVAL);
    }
    return f.h;
  };

  const n: Record<string, Native> = {};
  const def = (name: string, f: (...args: unknown[]) => unknown): void => {
    n[name] = function* (_g: G, ...args: unknown[]) {
      yield* [];
      return f(...args);
    };
  };

  // ---- syscall: files ----
  def('syscall.fsOpen', (path, mode, perm) => {
    const p = hostPath(path);
    return sys(-1, () => {
      const h = fsys().open(p, Number(mode), Number(perm));
      let entries: string[] | null = null;
      try {
        if ((fsys().fstat(h).mode & S_IFMT) === S_IFDIR) {
          entries = fsys().readdir(p).map(toByteString);
        }
      } catch (e) {
        fsys().close(h);
        throw e;
      }
      return fds().add({ h, path: p, pos: 0, entries, dirIdx: 0 });
    });
  });
  def(
    'syscall.fsClose',
    (fd) =>
      sys(0, () => {
        const f = file(fd);
        if (f.h !== null) {
          fsys().close(f.h);
        }
        fds().delete(Number(fd));
        return 0;
      })[1],
  );
  def('syscall.fsRead', (fd, b, offset) => {
    const s = b as Slice | null;
    const len = s?.len ?? 0;
    return sys(0, () => {
      const f = file(fd);
      const buf = new Uint8Array(len);
      let got: number;
      if (f.h === null) {
        if (Number(fd) !== 0) {
          throw new FsError(Errno.EBADF);
        }
        got = len === 0 ? 0 : fsys().readStdin(buf);
      } else if (f.entries !== null) {
        throw new FsError(Errno.EISDIR);
      } else {
        const at = Number(offset);
        got = fsys().read(f.h, buf, at < 0 ? f.pos : at);
        if (at < 0) {
          f.pos += got;
        }
      }
      copyOut(buf, got, s);
      return got;
    });
  });
  n['syscall.fsWrite'] = function* (_g, fd, b, offset) {
    const data = bytesIn(b as Slice | null);
    const f = sys(null, () => file(fd));
    if (f[0] === null) {
      return [0, f[1]];
    }
    const of = f[0];
    if (of.h === null) {
      if (fd !== 1 && fd !== 2) {
        return [0, Errno.EBADF];
      }
      yield* output(fd, byteString(data));
      return [data.length, 0];
    }
    const h = of.h;
    return sys(0, () => {
      const at = Number(offset);
      const wrote = fsys().write(h, data, at < 0 ? of.pos : at);
      if (at < 0) {
        of.pos += wrote;
      }
      return wrote;
    });
  };
  def('syscall.fsSeek', (fd, offset, whence) =>
    sys(0, () => {
      const f = file(fd);
      const h = f.h;
      if (h === null) {
        throw new FsError(Errno.ESPIPE);
      }
      const off = Number(offset);
      let pos: number;
      switch (Number(whence)) {
        case 0:
          pos = off;
          break;
        case 1:
          pos = f.pos + off;
          break;
        case 2:
          pos = fsys().fstat(h).size + off;
          break;
        default:
          throw new FsError(Errno.EINVAL);
      }
      if (pos < 0) {
        throw new FsError(Errno.EINVAL);
      }
      f.pos = pos;
      f.dirIdx = 0;
      return pos;
    }),
  );
  def(
    'syscall.fsStat',
    (path, fd, follow, st) =>
      sys(0, () => {
        let s: FileStat;
        if (Number(fd) >= 0) {
          const f = file(fd);
          s =
            f.h === null
              ? (fsys().stdioStat?.(Number(fd)) ?? { ...blankStat, mode: 0o20620 }) // else a terminal's
              : fsys().fstat(f.h);
        } else {
          const p = hostPath(path);
          s = follow === true ? fsys().stat(p) : fsys().lstat(p);
        }
        fillStat((st as Pointer).load() as unknown[], s);
        return 0;
      })[1],
  );
  def('syscall.fsReadDirent', (fd, buf) =>
    sys(0, () => {
      const f = file(fd);
      if (f.entries === null) {
        throw new FsError(Errno.EINVAL);
      }
      const b = buf as Slice;
      let w = 0;
      while (f.dirIdx < f.entries.length) {
        const name = f.entries[f.dirIdx] ?? '';
        const l = 2 + name.length;
        if (w + l > b.len) {
          break;
        }
        b.arr[b.off + w] = l & 0xff;
        b.arr[b.off + w + 1] = (l >> 8) & 0xff;
        for (let i = 0; i < name.length; i++) {
          b.arr[b.off + w + 2 + i] = name.charCodeAt(i);
        }
        w += l;
        f.dirIdx++;
      }
      return w;
    }),
  );
  def('syscall.fsPath', (op, path, path2, a, b) => {
    const p = hostPath(path);
    const p2 = hostPath(path2);
    const x = Number(a);
    const y = Number(b);
    return sys(0, () => {
      const f = fsys();
      switch (op) {
        case 'mkdir':
          f.mkdir(p, x);
          break;
        case 'rmdir':
          f.rmdir(p);
          break;
        case 'unlink':
          f.unlink(p);
          break;
        case 'chmod':
          f.chmod(p, x);
          break;
        case 'chown':
        case 'lchown':
          f.chown(p, x, y, op === 'chown');
          break;
        case 'rename':
          f.rename(p, p2);
          break;
        case 'link':
          f.link(p, p2);
          break;
        case 'symlink':
          f.symlink(p, p2);
          break;
        case 'chdir':
          f.chdir(p);
          break;
        case 'truncate':
          f.truncate(p, x);
          break;
        default:
          throw new FsError(Errno.ENOSYS);
      }
      return 0;
    })[1];
  });
  def(
    'syscall.fsFD',
    (op, fd, a) =>
      sys(0, () => {
        const f = file(fd);
        const fs = fsys();
        switch (op) {
          case 'fchmod':
            fs.fchmod(fileHandle(f), Number(a));
            break;
          case 'fchown':
            fileHandle(f);
            break;
          case 'ftruncate':
            fs.ftruncate(fileHandle(f), Number(a));
            break;
          case 'fsync':
            if (f.h !== null) {
              fs.fsync(f.h);
            }
            break;
          case 'fchdir':
            if (f.entries === null) {
              throw new FsError(Errno.ENOTDIR);
            }
            fs.chdir(f.path);
            break;
          default:
            throw new FsError(Errno.ENOSYS);
        }
        return 0;
      })[1],
  );
  def('syscall.fsUtimes', (path, atime, mtime) => {
    const p = hostPath(path);
    return sys(0, () => {
      fsys().utimes(p, BigInt(atime as number | bigint), BigInt(mtime as number | bigint));
      return 0;
    })[1];
  });
  def('syscall.fsGetcwd', () => toByteString(fsys().cwd()));
  def('syscall.fsReadlink', (path) => {
    const p = hostPath(path);
    return sys('', () => toByteString(fsys().readlink(p)));
  });

  // ---- syscall: the process ----
  def('syscall.Getuid', () => fsys().ids.uid);
  def('syscall.Geteuid', () => fsys().ids.uid);
  def('syscall.Getgid', () => fsys().ids.gid);
  def('syscall.Getegid', () => fsys().ids.gid);
  def('syscall.Getpid', () => fsys().ids.pid);
  def('syscall.Getppid', () => fsys().ids.ppid);
  def('syscall.runtime_envs', () =>
    stringSlice(Object.entries(env().env).map(([k, v]) => toByteString(`${k}=${v}`))),
  );
  // The C library's copy of the environment (cgo programs only): nothing to keep in step.
  def('syscall.setenv_c', () => undefined);
  def('syscall.unsetenv_c', () => undefined);
  def('syscall.Exit', (code) => {
    throw new ExitSignal(Number(code));
  });

  // ---- os ----
  def('os.runtime_args', () => {
    const e = env();
    return stringSlice([e.programName ?? 'main', ...e.args].map(toByteString));
  });
  def('os.runtime_beforeExit', () => undefined);
  // A write to a closed pipe on stdout or stderr: Go's runtime raises SIGPIPE, which ends the
  // program as the signal would.
  def('os.sigpipe', () => {
    throw new ExitSignal(2);
  });
  def('os.fastrand', () => env().maps.rt.fastrand() >>> 0);
  def('os.hostname', () => [toByteString(fsys().hostname), null]);

  // ---- internal/poll: the descriptor lock's semaphore (Go: runtime/sema.go) ----
  const semaWaiters = new WeakMap<object, Goroutine[]>();
  n['internal/poll.runtime_Semacquire'] = function* (_g, p) {
    const ptr = p as Pointer;
    const s = env().s;
    while ((ptr.load() as number) === 0) {
      let q = semaWaiters.get(ptr.arr);
      if (q === undefined) {
        q = [];
        semaWaiters.set(ptr.arr, q);
      }
      q.push(s.running());
      yield* park(WaitReason.Semacquire, ptr.arr);
    }
    ptr.store((ptr.load() as number) - 1);
  };
  def('internal/poll.runtime_Semrelease', (p) => {
    const ptr = p as Pointer;
    ptr.store((ptr.load() as number) + 1);
    const g = semaWaiters.get(ptr.arr)?.shift();
    if (g !== undefined) {
      env().s.ready(g);
    }
  });

  // ---- time, on the virtual clock ----
  def('time.now', () => {
    const e = env();
    clockReads.add(e);
    const ns = e.startTime + BigInt(e.s.clock.now);
    return [Number(ns / nsPerSec), Number(ns % nsPerSec), e.s.clock.now + 1];
  });
  def('time.runtimeNano', () => env().s.clock.now + 1);
  n['time.Sleep'] = function* (_g, d) {
    yield* sleep(env().s, Number(d));
  };
  const start = (t: unknown[]): void => {
    const s = env().s;
    // Starting a timer happens before its function runs (Go: addtimer's racerelease, then
    // runtimer's raceacquirectx).
    s.release(t);
    arm(s, t, Number(t[TimerField.When]) - 1);
  };
  const stop = (t: unknown[]): boolean => {
    const was = armed.get(t);
    armed.delete(t);
    return was !== undefined && env().s.clock.stop(was);
  };
  def('time.startTimer', (p) => {
    start((p as Pointer).load() as unknown[]);
  });
  def('time.stopTimer', (p) => stop((p as Pointer).load() as unknown[]));
  def('time.resetTimer', (p, when) => {
    const t = (p as Pointer).load() as unknown[];
    const was = stop(t);
    t[TimerField.When] = when;
    start(t);
    return was;
  });
  def('time.modTimer', (p, when, period, f, arg, seq) => {
    const t = (p as Pointer).load() as unknown[];
    stop(t);
    t[TimerField.When] = when;
    t[TimerField.Period] = period;
    t[TimerField.F] = f;
    t[TimerField.Arg] = arg;
    t[TimerField.Seq] = seq;
    start(t);
  });
  return n;
}

/** What fstat says of the standard streams (other than their mode). */

/**
 * Puts runtimeTimer `t` on the clock at virtual time `when` (runtimeNano counts from 1). When
 * it fires, a periodic timer is put back a period later, and its function runs (Go:
 * runtime/time.go runOneTimer): time.sendTime or time.goFunc, which never block.
 */
function arm(s: Scheduler, t: unknown[], when: number): void {
  armed.set(
    t,
    s.clock.add(when, () => {
      const period = Number(t[TimerField.Period]);
      if (period > 0) {
        t[TimerField.When] = Number(t[TimerField.When]) + period;
        arm(s, t, when + period);
      } else {
        armed.delete(t);
      }
      s.acquire(t); // the timer context (Go: runtimer's raceacquirectx)
      runTimerFunc(t[TimerField.F] as GoFunc, t[TimerField.Arg], t[TimerField.Seq]);
    }),
  );
}

/** Runs a timer's function to its end in the runtime's timer context (no goroutine). */
function runTimerFunc(f: GoFunc, arg: unknown, seq: unknown): void {
  const run = f(new G(0), arg, seq);
  for (let r = run.next(); r.done !== true; r = run.next()) {
    if (r.value.kind === 'park') {
      throw new Error('a timer function blocked');
    }
  }
}
