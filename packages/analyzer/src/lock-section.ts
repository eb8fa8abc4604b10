import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { Scopes } from './scope.ts';
import { isAssignTarget } from './uses.ts';
import { endsFunction } from './goroutines.ts';

/**
 * Critical sections as syntax shows them: which `X.Lock()` is in effect at a node. Shared
 * by the concurrency rules (MH001/MH002 ask whether any lock is held, MH009 which one).
 */

const LOCK = new Set(['Lock', 'RLock', 'lock', 'rlock']);
/** A read lock: it keeps writers out, not other readers (nor writes made under it). */
const READ_LOCK = new Set(['RLock', 'rlock']);
const UNLOCK = new Set(['Unlock', 'RUnlock', 'unlock', 'runlock']);

/**
 * Whether `node` runs with a lock held: after `X.Lock()` or `X.RLock()` in its block or an
 * enclosing one (inside `boundary`), with no `X.Unlock()` in between; `defer X.Unlock()`
 * keeps the lock to the end. Any zero-argument Lock/RLock method counts: the types are
 * often not visible to syntax (a field of another package's type, an embedded mutex), and
 * a method called Lock that is not a lock is rare enough. A channel of capacity 1 used as a
 * lock (`sem <- struct{}{}` … `<-sem` in the same block) counts too, and so do a lock taken
 * in an if statement before the node (`if !locked { mu.Lock() }`) and the function of
 * `once.Do`.
 */
export function lockHeld(node: GoNode, boundary: GoNode, scopes: Scopes): boolean {
  return lockKind(node, boundary, scopes) !== undefined;
}

/**
 * Which lock `node` runs with (see lockHeld): `read` when every mutex held is held by an
 * `X.RLock()`, which lets other holders of the read lock run beside it (a map written under it
 * is not guarded against them), else `write`; undefined when none is held.
 */
export function lockKind(
  node: GoNode,
  boundary: GoNode,
  scopes: Scopes,
): 'read' | 'write' | undefined {
  // Each mutex by its own nearest call: `pom.lock.Unlock()` inside a section of
  // `om.mu.Lock()` releases pom.lock, not om.mu.
  const held = locksHeld(node, boundary, scopes);
  if (held.length === 0) {
    return undefined;
  }
  return held.some((h) => !h.read) ? 'write' : 'read';
}

/**
 * The lock held at `node` among those `isLock` accepts: the qualifier `X` of the nearest
 * `X.Lock()`/`X.RLock()` before it (in its block or an enclosing one inside `boundary`)
 * with no accepted `X.Unlock()`/`X.RUnlock()` in between; `defer X.Unlock()` keeps it to
 * the end. Lock calls `isLock` rejects are looked past. Undefined when none is held.
 */
export function heldLock(
  node: GoNode,
  boundary: GoNode,
  isLock: (qualifier: GoNode) => boolean,
): GoNode | undefined {
  const held = scanBack(node, boundary, (stmt) => {
    const event = lockEvent(stmt);
    if (event === undefined || !isLock(event.qualifier)) {
      return undefined;
    }
    return event.locks ? event.qualifier : null;
  });
  return held ?? undefined;
}

/** A lock in effect at a node: `X` of `X.Lock()` (write) or `X.RLock()` (read). */
export interface HeldLock {
  readonly qualifier: GoNode;
  readonly read: boolean;
}

/**
 * Every lock in effect at `node` (see heldLock): for each distinct `X`, the nearest of its
 * Lock/RLock/Unlock calls before the node decides (`if !locked { X.Lock() }` included). A
 * lock syntax sees without a qualifier (a capacity-1 channel, the function of `once.Do`) is
 * given as the statement or literal that takes it.
 */
export function locksHeld(node: GoNode, boundary: GoNode, scopes: Scopes): HeldLock[] {
  const decided = new Set<string>();
  const out: HeldLock[] = [];
  scanBack<never>(
    node,
    boundary,
    (stmt, later) => {
      const event = lockEvent(stmt);
      if (event !== undefined) {
        const key = event.qualifier.text;
        if (!decided.has(key)) {
          decided.add(key);
          if (event.locks) {
            out.push({ qualifier: event.qualifier, read: event.read });
          }
        }
      } else {
        const cond = conditionalLock(stmt) ?? literalLock(stmt, scopes) ?? loopLock(stmt);
        if (cond !== undefined) {
          // The mutex it names (`if needLock { ms.mu.RLock() }` holds ms.mu for reading).
          const key = cond.qualifier.text;
          if (!decided.has(key)) {
            decided.add(key);
            if (cond.locks) {
              out.push({ qualifier: cond.qualifier, read: cond.read });
            }
          }
        } else if (channelLock(stmt, later, scopes)) {
          out.push({ qualifier: stmt, read: false });
        }
      }
      return undefined;
    },
    (literal) => {
      if (isOnceBody(literal)) {
        out.push({ qualifier: literal, read: false });
      }
      return undefined;
    },
  );
  return out;
}

/**
 * The statements that run before `node` in its block and each enclosing block up to
 * `boundary`, nearest first.
 */
export function statementsBefore(node: GoNode, boundary: GoNode): GoNode[] {
  const out: GoNode[] = [];
  scanBack<never>(node, boundary, (stmt) => {
    out.push(stmt);
    return undefined;
  });
  return out;
}

/**
 * Visits the statements that run before `node` in its block and in each enclosing block up
 * to `boundary`, nearest first, and the function literals on the way up; the first value
 * a visitor returns is the answer.
 */
function scanBack<T>(
  node: GoNode,
  boundary: GoNode,
  visitStatement: (stmt: GoNode, later: readonly GoNode[]) => T | undefined,
  visitLiteral?: (literal: GoNode) => T | undefined,
): T | undefined {
  let cur = node;
  for (let p = cur.parent; p !== undefined && cur !== boundary; cur = p, p = p.parent) {
    if (cur.type === 'func_literal' && visitLiteral !== undefined) {
      const found = visitLiteral(cur);
      if (found !== undefined) {
        return found;
      }
    }
    if (p.type !== 'statement_list') {
      continue;
    }
    const siblings = p.namedChildren;
    const at = siblings.indexOf(cur);
    for (let i = at - 1; i >= 0; i--) {
      const stmt = siblings[i];
      const found = stmt === undefined ? undefined : visitStatement(stmt, siblings.slice(at + 1));
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}

/**
 * `if !hasLock { mu.Lock() }`: a lock taken on a condition (callers that already hold it
 * pass a flag). Syntax cannot tell whether the caller holds the lock on the other path,
 * and the function is written for the lock to be held, so it counts as held.
 */
function conditionalLock(
  stmt: GoNode,
): { qualifier: GoNode; locks: boolean; read: boolean } | undefined {
  const block = stmt.type === 'if_statement' ? stmt.child('consequence') : undefined;
  const list = block?.namedChildren.find((c) => c.type === 'statement_list');
  const end = list?.namedChildren.filter((c) => c.type !== 'comment').at(-1);
  if (
    end !== undefined &&
    (endsFunction(end) || end.type === 'break_statement' || end.type === 'continue_statement')
  ) {
    return undefined; // `if err != nil { mu.Unlock(); return err }`: held after the if
  }
  return lastLockIn(block);
}

/**
 * A loop that only locks each element's mutex (`for i := range ShardCount {
 * w.Shards[i].mtx.Lock() }`: tempo's Work.Unmarshal): after it, every element's is held.
 */
function loopLock(stmt: GoNode): { qualifier: GoNode; locks: boolean; read: boolean } | undefined {
  if (stmt.type !== 'for_statement') {
    return undefined;
  }
  const list = stmt.child('body')?.namedChildren.find((c) => c.type === 'statement_list');
  const body = (list?.namedChildren ?? []).filter((c) => c.type !== 'comment');
  const only = body.length === 1 ? body[0] : undefined;
  const event = only === undefined ? undefined : lockEvent(only);
  return event?.locks === true && unparen(event.qualifier)?.text.includes('[') === true
    ? event
    : undefined;
}

/**
 * `lock()` with `lock := func() { if need { fs.mu.Lock() } }` in scope: the lock helper
 * literal's last lock call (nats' fileStore.removeMsg).
 */
function literalLock(
  stmt: GoNode,
  scopes: Scopes,
): { qualifier: GoNode; locks: boolean; read: boolean } | undefined {
  const call = stmt.type === 'expression_statement' ? unparen(stmt.namedChildren[0]) : undefined;
  const fn = call?.type === 'call_expression' ? unparen(call.child('function')) : undefined;
  if (fn?.type !== 'identifier' || call === undefined || callArguments(call).length > 0) {
    return undefined;
  }
  const b = scopes.resolve(fn);
  const literal = unparen(b?.value);
  if (literal?.type !== 'func_literal' || b?.uses.some((u) => isAssignTarget(u)) === true) {
    return undefined;
  }
  return lastLockIn(literal.child('body'));
}

/** The last lock call in a block (deep, not in literals), and what the block leaves held. */
function lastLockIn(
  block: GoNode | undefined,
): { qualifier: GoNode; locks: boolean; read: boolean } | undefined {
  const events: NonNullable<ReturnType<typeof lockEvent>>[] = [];
  block?.walk((n) => {
    const e = lockEvent(n);
    if (e !== undefined && !leavesBefore(n, block)) {
      events.push(e);
    }
    return n.type !== 'func_literal';
  });
  // The block's last lock call decides: `if … { mu.Lock(); …; mu.Unlock() }` leaves none
  // held, `if locked { mu.Unlock() }` releases it. Of the locks taken in its branches (`if
  // write { mu.Lock() } else { mu.RLock() }`) a write lock counts: it guards the writes.
  const last = events.at(-1);
  if (last === undefined) {
    return undefined;
  }
  const taken = events.slice(events.findLastIndex((e) => !e.locks) + 1);
  return { qualifier: last.qualifier, locks: last.locks, read: taken.every((e) => e.read) };
}

/**
 * Whether the statement `stmt` inside `block` is on a path that leaves the function before
 * the block ends: a statement list around it, inside the block, ends with a return (`if ok {
 * for … { if dup { mu.Unlock(); return } } }` releases nothing for what follows the if).
 */
function leavesBefore(stmt: GoNode, block: GoNode): boolean {
  for (let p = stmt.parent; p !== undefined && p !== block; p = p.parent) {
    if (p.type !== 'statement_list') {
      continue;
    }
    const last = p.namedChildren.filter((c) => c.type !== 'comment').at(-1);
    if (last !== undefined && endsFunction(last)) {
      return true;
    }
  }
  return false;
}

/** `ch <- v` on a channel made with capacity 1, received from again by a later statement. */
function channelLock(stmt: GoNode, later: readonly GoNode[], scopes: Scopes): boolean {
  const ch = stmt.type === 'send_statement' ? unparen(stmt.child('channel')) : undefined;
  const b = ch?.type === 'identifier' ? scopes.resolve(ch) : undefined;
  const made = unparen(b?.value);
  const capacity = made === undefined ? undefined : callArguments(made)[1];
  if (ch === undefined || callee(made)?.name !== 'make' || capacity?.text !== '1') {
    return false;
  }
  return later.some((s) => {
    const e = s.type === 'expression_statement' ? unparen(s.namedChildren[0]) : undefined;
    return (
      e?.type === 'unary_expression' && e.hasToken('<-') && e.child('operand')?.text === ch.text
    );
  });
}

/**
 * The function of `once.Do(func() {…})`: sync.Once runs it once, and every other Do call
 * returns only after it has (Go: sync/once.go doSlow holds o.m while f runs).
 */
function isOnceBody(literal: GoNode): boolean {
  const call = literal.parent?.type === 'argument_list' ? literal.parent.parent : undefined;
  const c = callee(call);
  return c?.name === 'Do' && c.qualifier !== undefined;
}

/** `X.Lock()` (locks) or `X.Unlock()` (does not) as a statement, with its qualifier X. */
export function lockEvent(
  statement: GoNode,
): { locks: boolean; read: boolean; qualifier: GoNode } | undefined {
  // `retry:\n\tc.mx.Lock()`: the labeled statement is the lock call.
  const stmt =
    statement.type === 'labeled_statement'
      ? (statement.namedChildren.at(-1) ?? statement)
      : statement;
  const call = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
  const c = callee(call);
  if (c?.qualifier === undefined || call === undefined || callArguments(call).length > 0) {
    return undefined;
  }
  if (LOCK.has(c.name)) {
    return { locks: true, read: READ_LOCK.has(c.name), qualifier: c.qualifier };
  }
  return UNLOCK.has(c.name) ? { locks: false, read: false, qualifier: c.qualifier } : undefined;
}
