import { callee, compareGoVersions, unparen } from '@mapscope/go-syntax';
import type { EffectiveGoVersion, GoNode, ParsedFile } from '@mapscope/go-syntax';
import { underlying } from '../go-types.ts';
import { importSpecs } from '../imports.ts';
import type { GoType } from '../go-types.ts';
import type { DeclContext } from '../rule.ts';
import { versionPhrase } from '../version-phrase.ts';

/**
 * Recognising `sync.WaitGroup` without a type checker, for MH011 and MH012. A receiver
 * counts only when its type, as the package's declarations spell it, is `sync.WaitGroup`
 * or a pointer to one (`sync` under whatever name the file imports it): a type that merely
 * has an `Add` or `Done` method is not a WaitGroup.
 */

/** The WaitGroup methods the rules look at. `Go` (go1.25) counts the goroutine itself. */
export type WaitGroupMethod = 'Add' | 'Done' | 'Wait';

/** A call of a WaitGroup method: `wg.Add(1)`, `s.wg.Done()`, `(*p).Wait()`. */
export interface WaitGroupCall {
  readonly call: GoNode;
  readonly method: WaitGroupMethod;
  /** The WaitGroup expression before the dot. */
  readonly receiver: GoNode;
  /** Whether the receiver is a pointer (`*sync.WaitGroup`) rather than the value. */
  readonly pointer: boolean;
}

/** How a file imports package sync: its local names, and whether `sync` names another package. */
interface SyncImport {
  readonly names: ReadonlySet<string>;
  readonly syncIsOther: boolean;
}

const importsByFile = new WeakMap<ParsedFile, SyncImport>();

function syncImport(file: ParsedFile): SyncImport {
  let known = importsByFile.get(file);
  if (known === undefined) {
    const names = new Set<string>();
    let syncIsOther = false;
    for (const { name, path } of importSpecs(file)) {
      if (path === 'sync') {
        names.add(name ?? 'sync');
      } else if (name === 'sync') {
        syncIsOther = true;
      }
    }
    known = { names, syncIsOther };
    importsByFile.set(file, known);
  }
  return known;
}

/**
 * Whether a type is `sync.WaitGroup` itself. A qualified name from another file of the
 * package still says `sync` (the usual spelling) unless this file binds `sync` to
 * something else.
 */
function isWaitGroupType(file: ParsedFile, t: GoType): boolean {
  const u = underlying(t);
  if (u.kind !== 'qualified' || u.name !== 'WaitGroup') {
    return false;
  }
  const imp = syncImport(file);
  return imp.names.has(u.pkg) || (u.pkg === 'sync' && !imp.syncIsOther);
}

/** `value` for a `sync.WaitGroup`, `pointer` for a `*sync.WaitGroup`, else undefined. */
export function waitGroupKind(file: ParsedFile, t: GoType): 'value' | 'pointer' | undefined {
  if (isWaitGroupType(file, t)) {
    return 'value';
  }
  const u = underlying(t);
  return u.kind === 'pointer' && isWaitGroupType(file, u.elem) ? 'pointer' : undefined;
}

/** A call `x.Add(…)`, `x.Done()` or `x.Wait()` whose `x` is a WaitGroup or a pointer to one. */
export function waitGroupCall(
  ctx: DeclContext,
  call: GoNode | undefined,
): WaitGroupCall | undefined {
  const c = callee(call);
  const receiver = unparen(c?.qualifier);
  if (call === undefined || c === undefined || receiver === undefined) {
    return undefined;
  }
  if (c.name !== 'Add' && c.name !== 'Done' && c.name !== 'Wait') {
    return undefined;
  }
  const kind = waitGroupKind(ctx.file, ctx.typer.typeOf(receiver));
  return kind === undefined
    ? undefined
    : { call, method: c.name, receiver, pointer: kind === 'pointer' };
}

/** The WaitGroup call a statement consists of (`wg.Done()` as an expression statement). */
export function waitGroupStatement(
  ctx: DeclContext,
  stmt: GoNode | undefined,
): WaitGroupCall | undefined {
  return stmt?.type === 'expression_statement'
    ? waitGroupCall(ctx, unparen(stmt.namedChildren[0]))
    : undefined;
}

/** The statements of a block, in order (none for an empty block). */
export function blockStatements(block: GoNode | undefined): readonly GoNode[] {
  if (block === undefined) {
    return [];
  }
  const list = block.namedChildren.find((c) => c.type === 'statement_list');
  return list === undefined ? [] : list.namedChildren;
}

/** The function literal a `go` statement starts (`go func(){…}()`), if that is what it starts. */
export function goFuncLiteral(goStmt: GoNode): GoNode | undefined {
  const call = goStmt.namedChildren[0];
  const fn = unparen(call?.type === 'call_expression' ? call.child('function') : undefined);
  return fn?.type === 'func_literal' ? fn : undefined;
}

/**
 * Visits the nodes of a function body that run in that function: nested function literals
 * are skipped (they run when and where they are called).
 */
export function walkOwnBody(body: GoNode | undefined, visit: (node: GoNode) => void): void {
  body?.walk((n) => {
    if (n !== body && n.type === 'func_literal') {
      return false;
    }
    visit(n);
    return true;
  });
}

/** Whether `root` or anything under it (function literals included) is a `go` statement. */
export function startsGoroutines(root: GoNode): boolean {
  let found = false;
  root.walk((n) => {
    found ||= n.type === 'go_statement';
    return !found;
  });
  return found;
}

/** Whitespace-free text, to compare two spellings of the same expression. */
export function sameExpr(a: GoNode, b: GoNode): boolean {
  return a.text.replace(/\s+/g, '') === b.text.replace(/\s+/g, '');
}

/** A hint to use `wg.Go` (go1.25+), when the file's Go version has it. */
export function goMethodHint(version: EffectiveGoVersion, wg: string): string {
  const v = version.version;
  return v !== undefined && compareGoVersions(v, 'go1.25') >= 0
    ? `, or let ${wg}.Go(f) start the goroutine and count it (${versionPhrase(version)})`
    : '';
}

/** The source text of a node for messages, shortened if long. */
export function shown(node: GoNode): string {
  const t = node.text.replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}
