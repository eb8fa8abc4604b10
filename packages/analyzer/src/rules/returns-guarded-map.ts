import { callArguments, isFunction, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap, fieldType, underlying } from '../go-types.ts';
import type { GoType } from '../go-types.ts';
import { heldLock } from '../lock-section.ts';
import { receiverName } from '../package-index.ts';
import type { PackageIndex } from '../package-index.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { classifyUse, isAssignTarget } from '../uses.ts';
import { lockTypesOf } from './lock-types.ts';

/** A Lock or RLock call: a method that returns a guarded map calls one. */
const LOCK_CALL = /\.\s*R?Lock\s*\(/;

/**
 * MH009 returns-guarded-map: an exported method locks a sync.Mutex or sync.RWMutex field of
 * its receiver (`s.mu.Lock()` with `defer s.mu.Unlock()`, or Lock … Unlock around the read,
 * or an embedded mutex: `s.Lock()`) and returns a map field of the receiver itself
 * (`return s.m`, `return s.m, nil`, `return s.inner.m`, or `m := s.m` … `return m`), while
 * some method of the type writes that map in place (`s.m[k] = v`, `delete(s.m, k)`,
 * `clear(s.m)`, `s.m[k]++`) under the same lock. The caller gets the map itself, outside
 * the lock: its reads and ranges race with those writes. Exported methods of unexported
 * types count too (they are reached through interfaces and embedding).
 * Not flagged: `maps.Clone(s.m)`, a copy loop into a new map, maps built locally, receivers
 * without a mutex field, unexported methods, methods that do not hold the lock at the read,
 * `len(s.m)` and `s.m[k]`, maps never written in place under that lock (read-only after
 * construction), maps only ever replaced whole (`s.m = newMap`, copy-on-write: the
 * caller's map is never written again), and the swap idiom (`old := s.m; s.m = make(…)`).
 * Syntax only: the returning method must lock at the top level of its body (the candidate
 * query looks there), and writes count only where the writing method itself holds the
 * lock (not in helpers its callers call with the lock held, nor through methods of a named
 * map type).
 */
export const returnsGuardedMap: Rule = {
  id: 'MH009',
  mayConcern: (source) => LOCK_CALL.test(source),
  // A method whose body locks at its top level (`s.mu.Lock()` as a statement of the body).
  wants: (c: Candidates) => c.has('lockcall'),
  check(ctx: DeclContext): void {
    const method = receiverMethod(ctx);
    if (method === undefined || !/^\p{Lu}/u.test(method.name)) {
      return;
    }
    const body = ctx.decl.child('body');
    body?.walk((n) => {
      if (isFunction(n)) {
        return false;
      }
      if (n.type === 'return_statement') {
        for (const e of n.namedChildren[0]?.namedChildren ?? []) {
          checkReturned(ctx, method, e);
        }
      }
      return true;
    });
  },
};

/** A method declaration's name, receiver and receiver type name. */
interface ReceiverMethod {
  readonly name: string;
  readonly receiver: Binding;
  readonly typeName: string;
}

/** The method `decl` declares, when its receiver is named and of a package type. */
function receiverMethod(ctx: DeclContext): ReceiverMethod | undefined {
  const decl = ctx.decl;
  const receiver = decl.child('receiver')?.namedChildren[0]?.child('name');
  const name = decl.child('name')?.text;
  const recv = receiver === undefined ? undefined : ctx.scopes.resolve(receiver);
  if (decl.type !== 'method_declaration' || name === undefined || recv?.kind !== 'receiver') {
    return undefined;
  }
  let t = ctx.typer.bindingType(recv);
  if (t.kind === 'pointer') {
    t = t.elem;
  }
  return t.kind === 'named' && recv.name !== '_'
    ? { name, receiver: recv, typeName: t.name }
    : undefined;
}

/** `r.a.b` → ['a', 'b'] when the chain of fields starts at identifier `root`; `r` → []. */
function fieldChain(
  expr: GoNode | undefined,
  isRoot: (ident: GoNode) => boolean,
): string[] | undefined {
  const e = unparen(expr);
  if (e?.type === 'identifier') {
    return isRoot(e) ? [] : undefined;
  }
  if (e?.type !== 'selector_expression') {
    return undefined;
  }
  const inner = fieldChain(e.child('operand'), isRoot);
  const field = e.child('field')?.text;
  return inner === undefined || field === undefined ? undefined : [...inner, field];
}

/** Reports `e`, one returned expression, when it is a guarded map field of the receiver. */
function checkReturned(ctx: DeclContext, method: ReceiverMethod, e: GoNode): void {
  const recv = method.receiver;
  const isRecv = (ident: GoNode): boolean => ctx.scopes.resolve(ident) === recv;
  let read = unparen(e);
  let alias: GoNode | undefined;
  if (read?.type === 'identifier') {
    const b = ctx.scopes.resolve(read);
    if (b?.kind !== 'var' || b.value === undefined || b.uses.some(isReassigned)) {
      return;
    }
    alias = read;
    read = unparen(b.value);
  }
  const path = fieldChain(read, isRecv);
  if (read === undefined || path === undefined || path.length === 0) {
    return;
  }
  if (asMap(ctx.typer.typeOf(read)) === undefined || replacedBetween(ctx, path, read, e, isRecv)) {
    return;
  }
  const guards = guardsOf(ctx.index, method.typeName);
  const lock = guards.lockAt(read, ctx.decl, isRecv);
  const writer = lock === undefined ? undefined : guards.writer(lock.name, path.join('.'));
  if (lock === undefined || writer === undefined) {
    return;
  }
  ctx.report('MH009', e, message(method, read.text, alias, lock, writer));
}

/**
 * Whether the method assigns the field a new map between the read and the return: the
 * swap idiom (`old := s.m; s.m = make(…)`) hands the caller a map nobody writes any more.
 */
function replacedBetween(
  ctx: DeclContext,
  path: readonly string[],
  read: GoNode,
  ret: GoNode,
  isRecv: (ident: GoNode) => boolean,
): boolean {
  let replaced = false;
  const key = path.join('.');
  ctx.decl.child('body')?.walk((n) => {
    if (replaced || n.end < read.end || n.start > ret.start) {
      return false;
    }
    if (n.start > read.end && isAssignTarget(n) && fieldChain(n, isRecv)?.join('.') === key) {
      replaced = true;
    }
    return true;
  });
  return replaced;
}

/** A use that may give the variable another value: an assignment, or its address taken. */
function isReassigned(use: GoNode): boolean {
  const kind = classifyUse(use);
  return kind === 'assign' || kind === 'address';
}

function message(
  method: ReceiverMethod,
  field: string,
  alias: GoNode | undefined,
  lock: HeldLock,
  writer: string,
): string {
  const returned = alias === undefined ? field : `${alias.text} (${field})`;
  const recv = method.receiver.name;
  const guard = lock.call.text === recv ? `${recv}'s embedded ${lock.name}` : lock.call.text;
  return (
    `${method.typeName}.${method.name} returns ${returned}, the map guarded by ${guard}: ` +
    'callers read and write it without the lock; a caller ranging over or reading the ' +
    `returned map while another goroutine calls ${method.typeName}.${writer} (which writes ` +
    `it under ${guard}) gets "fatal error: concurrent map iteration and map write" or ` +
    '"fatal error: concurrent map read and map write" (the runtime throws, recover cannot ' +
    `catch it); return maps.Clone(${field}) (Go 1.21+) or a copy loop made under the lock, ` +
    'or an accessor taking a callback under the lock'
  );
}

/** A receiver mutex held at some point: the `X` of its `X.Lock()` call, and its field name. */
interface HeldLock {
  readonly call: GoNode;
  /** `mu`, `inner.mu`, or `Mutex`/`RWMutex` for an embedded one. */
  readonly name: string;
}

/** What a package type's methods guard: map fields written in place under each of its locks. */
class Guards {
  readonly #type: GoType | undefined;
  readonly #file: string | undefined;
  readonly #index: PackageIndex;
  readonly #lockNames = new Map<string, string | null>();
  /** Lock name → map field path → the first method writing it under that lock. */
  #writers: Map<string, Map<string, string>> | undefined;
  readonly #typeName: string;

  constructor(index: PackageIndex, typeName: string) {
    this.#index = index;
    this.#typeName = typeName;
    this.#type = index.type(typeName);
    this.#file = lockTypesOf(index).declaringFile(typeName);
  }

  /**
   * The name of the sync.Mutex or sync.RWMutex field at `path` from the receiver (`mu`,
   * `inner.mu`); the receiver itself (`s.Lock()`) names its embedded `Mutex` or `RWMutex`.
   * Undefined when the path holds no such lock.
   */
  lockName(path: readonly string[]): string | undefined {
    const key = path.join('.');
    let known = this.#lockNames.get(key);
    if (known === undefined) {
      known = this.#findLock(path) ?? null;
      this.#lockNames.set(key, known);
    }
    return known ?? undefined;
  }

  #findLock(path: readonly string[]): string | undefined {
    if (this.#type === undefined) {
      return undefined;
    }
    if (path.length === 0) {
      const u = underlying(this.#type);
      const embedded = u.kind === 'struct' ? u.embedded : [];
      for (const name of ['Mutex', 'RWMutex']) {
        const f = fieldType(this.#type, name);
        if (f !== undefined && embedded.includes(f) && this.#isMutex(f, this.#file) === name) {
          return name;
        }
      }
      return undefined;
    }
    let t: GoType | undefined = this.#type;
    for (const name of path) {
      t = t === undefined ? undefined : fieldType(t, name);
    }
    const file = path.length === 1 ? this.#file : undefined;
    return t !== undefined && this.#isMutex(t, file) !== undefined ? path.join('.') : undefined;
  }

  /** 'Mutex' or 'RWMutex' for sync's (or a pointer to one), as `file` imports sync. */
  #isMutex(t: GoType, file: string | undefined): string | undefined {
    const u = underlying(t);
    const base = u.kind === 'pointer' ? u.elem : t;
    const path = lockTypesOf(this.#index).pathOf(base, file);
    const lock = path?.length === 1 ? path[0] : undefined;
    return lock === 'sync.Mutex' || lock === 'sync.RWMutex'
      ? lock.slice('sync.'.length)
      : undefined;
  }

  /**
   * The receiver's mutex held at `node` in method or function `boundary`, where `isRecv`
   * tells the receiver's identifiers.
   */
  lockAt(node: GoNode, boundary: GoNode, isRecv: (ident: GoNode) => boolean): HeldLock | undefined {
    const nameOf = (q: GoNode): string | undefined => {
      const chain = fieldChain(q, isRecv);
      return chain === undefined ? undefined : this.lockName(chain);
    };
    const call = heldLock(node, boundary, (q) => nameOf(q) !== undefined);
    const name = call === undefined ? undefined : nameOf(call);
    return call === undefined || name === undefined ? undefined : { call, name };
  }

  /** The method that writes map field `field` in place under lock `lockName`, if any. */
  writer(lockName: string, field: string): string | undefined {
    this.#writers ??= this.#findWriters();
    return this.#writers.get(lockName)?.get(field);
  }

  #findWriters(): Map<string, Map<string, string>> {
    const out = new Map<string, Map<string, string>>();
    for (const m of this.#index.methodsOf(this.#typeName)) {
      const recv = receiverName(m);
      const name = m.child('name')?.text;
      if (recv === undefined || recv === '_' || name === undefined) {
        continue;
      }
      const isRecv = (ident: GoNode): boolean => ident.text === recv;
      m.child('body')?.walk((n) => {
        const written = writtenMap(n);
        const field = written === undefined ? undefined : fieldChain(written, isRecv);
        if (field === undefined || field.length === 0) {
          return true;
        }
        const lock = this.lockAt(n, m, isRecv);
        if (lock !== undefined) {
          let fields = out.get(lock.name);
          if (fields === undefined) {
            fields = new Map();
            out.set(lock.name, fields);
          }
          const key = field.join('.');
          if (!fields.has(key)) {
            fields.set(key, name);
          }
        }
        return true;
      });
    }
    return out;
  }
}

/** The map an in-place write writes: `m[k] = v`, `m[k] op= v`, `m[k]++`, `delete(m, k)`, `clear(m)`. */
function writtenMap(n: GoNode): GoNode | undefined {
  if (n.type === 'index_expression') {
    return isAssignTarget(n) ? n.child('operand') : undefined;
  }
  if (n.type !== 'call_expression') {
    return undefined;
  }
  const fn = unparen(n.child('function'));
  return fn?.type === 'identifier' && (fn.text === 'delete' || fn.text === 'clear')
    ? callArguments(n)[0]
    : undefined;
}

const guardsCache = new WeakMap<PackageIndex, Map<string, Guards>>();

/** The guards of package type `typeName`, worked out once per package. */
function guardsOf(index: PackageIndex, typeName: string): Guards {
  let byType = guardsCache.get(index);
  if (byType === undefined) {
    byType = new Map();
    guardsCache.set(index, byType);
  }
  let g = byType.get(typeName);
  if (g === undefined) {
    g = new Guards(index, typeName);
    byType.set(typeName, g);
  }
  return g;
}
