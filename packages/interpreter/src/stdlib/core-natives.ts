// The natives of the interpreter's own core packages (runtime, sync, sync/atomic), and, through
// the files beside this one, of Go's packages that reach the runtime or the operating system
// (reflect, syscall, os, time …): each implemented on the running program's environment.
import {
  GoPanic,
  Iface,
  PlainHeap,
  RuntimeError,
  types,
  wrapInt,
  type GoType,
} from '@mapscope/runtime-core';
import {
  AccessKind,
  Mutex,
  Once,
  RWMutex,
  SyncMap,
  WaitGroup,
  WaitReason,
  gosched,
  goexit,
  park,
  point,
  type GoMaps,
  type Goroutine,
  type Op,
  type Scheduler,
} from '@mapscope/scheduler';
import type { FmtHost } from '../fmt/index.ts';
import { toByteString } from '@mapscope/go-types/utf8';
import type { G, Support } from '../runtime/support.ts';
import { Slice, type GoFunc, type Pointer } from '../values.ts';
import type { FileSystem } from '../os/host.ts';
import { formatFrames, type GoFrame } from '../runtime/traceback.ts';
import { hostNatives } from './host-natives.ts';
import { natives as plainNatives } from './natives/index.ts';
import { reflectliteNatives } from './reflectlite-natives.ts';
import { reflectNatives } from './reflect-natives.ts';
import type { RuntimeTypes } from '../compile/rtypes.ts';

type Native = (g: G, ...args: unknown[]) => Op<unknown>;

export interface Env {
  readonly out: string[];
  readonly err: string[];
  readonly s: Scheduler;
  readonly maps: GoMaps;
  readonly rt: Support;
  readonly host: (g: G) => FmtHost;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** os.Args[0]; "main" when not given. */
  readonly programName?: string;
  /** An exploration: writes to stdout and stderr are scheduling points (their order shows). */
  readonly explore?: boolean;
  /** The program's runtime types, with the checker types they came from. */
  readonly types: RuntimeTypes;
  /** The file system its syscalls reach, and its standard input. */
  readonly fs: FileSystem;
  /** Where the virtual clock starts: nanoseconds since 1970 (time.Now at the run's start). */
  readonly startTime: bigint;
  /** runtime.GOROOT(): $GOROOT, else the Go source tree the std was read from. */
  readonly goroot: string;
  /** Receives each write to stdout or stderr as it happens (RunOptions.onOutput). */
  readonly onOutput?: (fd: 1 | 2, bytes: string) => void;
  /** The Go frames of a JavaScript stack of the program's code, innermost first. */
  readonly frames: (stack: string) => readonly GoFrame[];
}

let currentEnv: Env | null = null;

/** Sets (or clears) the environment of the program being run. */
export function setEnv(e: Env | null): void {
  currentEnv = e;
}

function env(): Env {
  if (currentEnv === null) {
    throw new Error('no program is running');
  }
  return currentEnv;
}

/** The program writes `text` to stdout (fd 1) or stderr (fd 2). */
function* output(fd: 1 | 2, text: string): Op {
  const e = env();
  const stream = fd === 1 ? e.out : e.err;
  if (e.explore === true) {
    yield* point({
      name: fd === 1 ? 'write stdout' : 'write stderr',
      object: stream,
      access: AccessKind.Write,
    });
  }
  stream.push(text);
  e.onOutput?.(fd, text);
}

export function nativeTable(): Map<string, unknown> {
  const m = new Map<string, unknown>();
  const def = (name: string, f: Native): void => {
    m.set(name, f);
  };
  def('runtime.Gosched', function* () {
    yield* gosched();
  });
  def('runtime.Goexit', function* () {
    yield* [];
    throw goexit();
  });
  def('runtime.GC', function* () {
    yield* [];
    gcCounts.set(env(), gcCount(env()) + 1);
  });
  def('runtime.GOROOT', function* () {
    yield* [];
    return toByteString(env().goroot);
  });
  // Program counters: one per distinct frame (function, file, line) of a run.
  const pcTables = new WeakMap<
    Env,
    { readonly byKey: Map<string, number>; readonly frames: GoFrame[] }
  >();
  const pcOf = (f: GoFrame): number => {
    let t = pcTables.get(env());
    if (t === undefined) {
      t = { byKey: new Map(), frames: [] };
      pcTables.set(env(), t);
    }
    const key = `${f.func}\n${f.file}\n${f.line}`;
    let pc = t.byKey.get(key);
    if (pc === undefined) {
      pc = 0x401000 + t.frames.length * 16;
      t.byKey.set(key, pc);
      t.frames.push(f);
    }
    return pc;
  };
  const frameOf = (pc: number): GoFrame | undefined => {
    const i = (pc - 0x401000) / 16;
    return Number.isInteger(i) ? pcTables.get(env())?.frames[i] : undefined;
  };
  // The running goroutine's frames (the JavaScript stack at the native's call).
  const here = (): readonly GoFrame[] => env().frames(new Error().stack ?? '');
  def('runtime.callerPCs', function* (_g, skip) {
    yield* [];
    // here()[0] is the function calling callerPCs (runtime.Caller or Callers).
    const frames = here().slice(Number(skip));
    return newSlice(frames.map(pcOf), types.uintptr);
  });
  def('runtime.pcInfo', function* (_g, pc) {
    yield* [];
    const f = frameOf(Number(pc));
    return f === undefined
      ? ['', '', 0, false]
      : [toByteString(f.func), toByteString(f.file), f.line, true];
  });
  def('runtime.runtimePC', function* (_g, fn, file, line) {
    yield* [];
    const root = env().goroot === '' ? '$GOROOT' : env().goroot;
    return pcOf({
      func: fn as string,
      file: `${root}/src/runtime/${file as string}`,
      line: Number(line),
      args: true,
    });
  });
  def('runtime.Stack', function* (g, buf) {
    yield* [];
    const text = toByteString(`goroutine ${g.id} [running]:\n${formatFrames(here())}`);
    const b = buf as Slice | null;
    const n = Math.min(text.length, b?.len ?? 0);
    for (let i = 0; i < n && b !== null; i++) {
      b.arr[b.off + i] = text.charCodeAt(i);
    }
    return n;
  });
  def('runtime.NumGoroutine', function* () {
    yield* [];
    return env().s.numGoroutine();
  });
  // The native state of a sync value: an opaque Iface in its struct's field `index`, made at
  // first use (the zero value is ready to use).
  const field = <T>(p: unknown, make: () => T, index = 0): T => {
    const ptr = p as { load(): unknown } | null;
    if (ptr === null) {
      throw new GoPanic(new RuntimeError('invalid memory address or nil pointer dereference'));
    }
    const st = ptr.load() as unknown[];
    st[index] ??= new Iface(opaqueType, make());
    return (st[index] as Iface).value as T;
  };
  def('sync.Mutex.Lock', function* (_g, p) {
    yield* field(p, () => new Mutex()).lock(env().s);
  });
  def('sync.Mutex.Unlock', function* (_g, p) {
    yield* field(p, () => new Mutex()).unlock(env().s);
  });
  def('sync.RWMutex.Lock', function* (_g, p) {
    yield* field(p, () => new RWMutex()).lock(env().s);
  });
  def('sync.RWMutex.Unlock', function* (_g, p) {
    yield* field(p, () => new RWMutex()).unlock(env().s);
  });
  def('sync.RWMutex.RLock', function* (_g, p) {
    yield* field(p, () => new RWMutex()).rlock(env().s);
  });
  def('sync.RWMutex.RUnlock', function* (_g, p) {
    yield* field(p, () => new RWMutex()).runlock(env().s);
  });
  def('sync.WaitGroup.Add', function* (_g, p, d) {
    yield* field(p, () => new WaitGroup()).add(env().s, Number(d));
  });
  def('sync.WaitGroup.Done', function* (_g, p) {
    yield* field(p, () => new WaitGroup()).done(env().s);
  });
  def('sync.WaitGroup.Wait', function* (_g, p) {
    yield* field(p, () => new WaitGroup()).wait(env().s);
  });
  def('sync.Once.Do', function* (g, p, f) {
    yield* field(p, () => new Once()).do(env().s, function* () {
      yield* (f as GoFunc)(g);
    });
  });
  const condOf = (p: unknown): CondState => field(p, () => new CondState(), 1);
  def('sync.Cond.add', function* (_g, p) {
    yield* [];
    const c = condOf(p);
    const t = { g: env().s.running(), notified: false, parked: false };
    c.waiters.push(t);
    c.pending.set(t.g, t);
  });
  def('sync.Cond.wait', function* (_g, p) {
    const c = condOf(p);
    const s = env().s;
    const t = c.pending.get(s.running());
    if (t === undefined) {
      return;
    }
    c.pending.delete(t.g);
    if (!t.notified) {
      t.parked = true;
      yield* park(WaitReason.SyncCondWait, c);
    }
    s.acquire(c);
  });
  const notify = function* (p: unknown, all: boolean): Op {
    const c = condOf(p);
    const s = env().s;
    yield* point({
      name: all ? 'cond broadcast' : 'cond signal',
      object: c,
      access: AccessKind.Write,
    });
    s.release(c);
    for (const t of all ? c.waiters.splice(0) : c.waiters.splice(0, 1)) {
      t.notified = true;
      if (t.parked) {
        s.ready(t.g);
      }
    }
  };
  def('sync.Cond.Signal', function* (_g, p) {
    yield* notify(p, false);
  });
  def('sync.Cond.Broadcast', function* (_g, p) {
    yield* notify(p, true);
  });
  const syncMap = (p: unknown): SyncMap => field(p, () => new SyncMap());
  def('sync.Map.Load', function* (_g, p, k) {
    return yield* syncMap(p).load(env().s, k);
  });
  def('sync.Map.Store', function* (_g, p, k, v) {
    yield* syncMap(p).store(env().s, k, v);
  });
  def('sync.Map.LoadOrStore', function* (_g, p, k, v) {
    return yield* syncMap(p).loadOrStore(env().s, k, v);
  });
  def('sync.Map.LoadAndDelete', function* (_g, p, k) {
    return yield* syncMap(p).loadAndDelete(env().s, k);
  });
  def('sync.Map.Delete', function* (_g, p, k) {
    yield* syncMap(p).delete(env().s, k);
  });
  def('sync.Map.Range', function* (g, p, f) {
    yield* syncMap(p).range(env().s, function* (k, v) {
      return (yield* (f as GoFunc)(g, k, v)) as boolean;
    });
  });
  def('sync.Mutex.TryLock', function* (_g, p) {
    return yield* field(p, () => new Mutex()).tryLock(env().s);
  });

  // ---- runtime ----
  def('runtime.memStats', function* () {
    yield* [];
    const heap = env().rt.heap;
    const [bytes, objects] = heap instanceof PlainHeap ? [heap.bytes, heap.objects] : [0, 0];
    return [bytes, objects, gcCount(env())];
  });

  // ---- sync/atomic ----
  // Each operation is a scheduling point, then an indivisible read-modify-write of the cell,
  // synchronizing on it (for the race detector) as Go's atomics do.
  const cell = function* (p: unknown, name: string): Op<Pointer> {
    if (p === null) {
      throw new GoPanic(new RuntimeError('invalid memory address or nil pointer dereference'));
    }
    const ptr = p as Pointer;
    yield* point({
      name,
      object: ptr.arr,
      access: name === 'atomic load' ? AccessKind.Read : AccessKind.Write,
    });
    env().s.acquire(ptr.arr);
    if (name !== 'atomic load') {
      env().s.release(ptr.arr);
    }
    return ptr;
  };
  const widths: [string, number, boolean][] = [
    ['Int32', 32, true],
    ['Int64', 64, true],
    ['Uint32', 32, false],
    ['Uint64', 64, false],
    ['Uintptr', 64, false],
  ];
  for (const [suffix, bits, signed] of widths) {
    const wrap = (v: unknown): number | bigint => wrapInt(v as number | bigint, bits, signed);
    def(`sync/atomic.Add${suffix}`, function* (_g, p, delta) {
      const c = yield* cell(p, 'atomic add');
      const old = c.load() as number | bigint;
      const v =
        typeof old === 'number' && typeof delta === 'number'
          ? wrap(old + delta)
          : wrap(BigInt(old) + BigInt(delta as number | bigint));
      c.store(v);
      return v;
    });
    def(`sync/atomic.Load${suffix}`, function* (_g, p) {
      return (yield* cell(p, 'atomic load')).load();
    });
    def(`sync/atomic.Store${suffix}`, function* (_g, p, v) {
      (yield* cell(p, 'atomic store')).store(v);
    });
    def(`sync/atomic.Swap${suffix}`, function* (_g, p, v) {
      const c = yield* cell(p, 'atomic swap');
      const old = c.load();
      c.store(v);
      return old;
    });
    def(`sync/atomic.CompareAndSwap${suffix}`, function* (_g, p, old, v) {
      const c = yield* cell(p, 'atomic compare-and-swap');
      if (c.load() !== old) {
        return false;
      }
      c.store(v);
      return true;
    });
  }
  def('sync/atomic.lockPoint', function* (_g, p, store) {
    yield* point({ name: 'atomic', object: null, access: AccessKind.Write });
    // The race detector's edges, on the atomic value's memory (its struct).
    const cell = ((p as Iface).value as Pointer).load() as object;
    env().s.acquire(cell);
    if (store === true) {
      env().s.release(cell);
    }
  });
  def('sync/atomic.sameType', function* (_g, a, b) {
    yield* [];
    return (a as Iface).type === (b as Iface).type;
  });

  // crypto/rand's bytes come from the run's random source (Go's fastrand), as seeded.
  def('crypto/rand.fill', function* (_g, b) {
    yield* [];
    const s = b as Slice | null;
    if (s === null) {
      return;
    }
    const rand = env().maps.rt;
    for (let i = 0; i < s.len; i++) {
      s.arr[s.off + i] = rand.fastrand() & 0xff;
    }
  });
  for (const [name, f] of Object.entries({
    ...reflectNatives(env),
    ...hostNatives(env, output, (items) => newSlice(items, types.string)),
  })) {
    m.set(name, f);
  }
  const bound = reflectliteNatives(() => env().rt);
  for (const [name, f] of Object.entries({ ...plainNatives, ...bound })) {
    // `sync`: the plain form compiled plain functions call (compile/sync.ts).
    const native = Object.assign(
      function* (_g: G, ...args: unknown[]) {
        yield* [];
        return f(...args);
      },
      { sync: (_g: G, ...args: unknown[]) => f(...args) },
    );
    m.set(name, native);
  }
  return m;
}

/** A sync.Cond's waiters in the order they called Wait (Go: runtime/sema.go notifyList). */
class CondState {
  readonly waiters: { readonly g: Goroutine; notified: boolean; parked: boolean }[] = [];
  /** Goroutines between add and wait. */
  readonly pending = new Map<
    Goroutine,
    { readonly g: Goroutine; notified: boolean; parked: boolean }
  >();
}

// Per-run state of the natives, keyed by the run's environment.
const gcCounts = new WeakMap<Env, number>();

function gcCount(e: Env): number {
  return gcCounts.get(e) ?? 0;
}

/** A new slice of `items`, of element type `elem` ([]string, []uintptr …). */
function newSlice(items: readonly unknown[], elem: GoType): Slice {
  const arr = [...items];
  return new Slice(
    arr,
    0,
    arr.length,
    arr.length,
    env().rt.heap.alloc(elem, Math.max(arr.length, 1)),
  );
}

const opaqueType: GoType = zeroType();
function zeroType(): GoType {
  return { kind: 'struct', name: 'sync.state', fields: [], underlying: null } as unknown as GoType;
}
