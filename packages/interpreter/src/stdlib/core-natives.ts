// The natives of the core packages (fmt, os, runtime, sync, time): Go functions declared
// without bodies in core-packages.ts, implemented here on the running program's environment.
import { GoPanic, Iface, RuntimeError, type GoType } from '@mapscope/runtime-core';
import { ExitSignal, Mutex, Once, RWMutex, WaitGroup, gosched, goexit, sleep, type GoMaps, type Op, type Scheduler } from '@mapscope/scheduler';
import { errorf, sprint, sprintf, sprintln, type FmtHost } from '../fmt/index.ts';
import type { G, Support } from '../runtime/support.ts';
import type { GoFunc, Slice } from '../values.ts';
import { natives as plainNatives } from './natives/index.ts';

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

function ifaceArgs(a: unknown): (Iface | null)[] {
  const s = a as Slice | null;
  if (s === null) {
    return [];
  }
  return s.arr.slice(s.off, s.off + s.len) as (Iface | null)[];
}

export function nativeTable(): Map<string, unknown> {
  const m = new Map<string, unknown>();
  const def = (name: string, f: Native): void => {
    m.set(name, f);
  };
  def('fmt.Println', function* (g, a) {
    const s = yield* sprintln(env().host(g), ifaceArgs(a));
    env().out.push(s);
    return [s.length, null];
  });
  def('fmt.Print', function* (g, a) {
    const s = yield* sprint(env().host(g), ifaceArgs(a));
    env().out.push(s);
    return [s.length, null];
  });
  def('fmt.Printf', function* (g, f, a) {
    const s = yield* sprintf(env().host(g), f as string, ifaceArgs(a));
    env().out.push(s);
    return [s.length, null];
  });
  def('fmt.Sprintf', function* (g, f, a) {
    return yield* sprintf(env().host(g), f as string, ifaceArgs(a));
  });
  def('fmt.Sprint', function* (g, a) {
    return yield* sprint(env().host(g), ifaceArgs(a));
  });
  def('fmt.Sprintln', function* (g, a) {
    return yield* sprintln(env().host(g), ifaceArgs(a));
  });
  def('fmt.Errorf', function* (g, f, a) {
    const r = yield* errorf(env().host(g), f as string, ifaceArgs(a));
    return new Iface(errorStringType(), [r.text]);
  });
  def('os.Exit', function* (_g, code) {
    yield* [];
    throw new ExitSignal(Number(code));
  });
  def('os.Getenv', function* (_g, k) {
    yield* [];
    return env().env[k as string] ?? '';
  });
  def('runtime.Gosched', function* () {
    yield* gosched();
  });
  def('runtime.Goexit', function* () {
    yield* [];
    throw goexit();
  });
  def('runtime.GC', function* () {
    yield* [];
  });
  def('runtime.NumGoroutine', function* () {
    yield* [];
    return env().s.numGoroutine();
  });
  const field = <T>(p: unknown, make: () => T): T => {
    const ptr = p as { load(): unknown } | null;
    if (ptr === null) {
      throw new GoPanic(new RuntimeError('invalid memory address or nil pointer dereference'));
    }
    const st = ptr.load() as unknown[];
    st[0] ??= new Iface(opaqueType, make());
    return (st[0] as Iface).value as T;
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
  def('time.Sleep', function* (_g, d) {
    yield* sleep(env().s, Number(d));
  });
  for (const [name, f] of Object.entries(plainNatives)) {
    m.set(name, function* (_g: G, ...args: unknown[]) {
      yield* [];
      return f(...args);
    });
  }
  return m;
}

const opaqueType: GoType = zeroType();
function zeroType(): GoType {
  return { kind: 'struct', name: 'sync.state', fields: [], underlying: null } as unknown as GoType;
}

let errorString: GoType | null = null;

export function setErrorStringType(t: GoType): void {
  errorString = t;
}
function errorStringType(): GoType {
  if (errorString === null) {
    throw new Error('errorString type not set');
  }
  return errorString;
}


export function makeErrorStringType(rt: Support): GoType {
  // A struct { s string } named *fmt.wrapError-like type whose Error method returns s.
  const t = { kind: 'ptr', name: '*fmt.wrapError', underlying: null, alg: null, size: 8, fields: [] } as unknown as GoType;
  Object.assign(t, { underlying: t });
  let tab = rt.methods.get(t);
  if (tab === undefined) {
    tab = new Map();
    rt.methods.set(t, tab);
  }
  tab.set('Error', function* (_g, recv) {
    yield* [];
    return (recv as string[])[0];
  });
  return t;
}

