import type { GoNode } from '@mapscope/go-syntax';
import { asMap, fieldType, typeString, underlying } from '../go-types.ts';
import type { GoType } from '../go-types.ts';
import { boundTo, missRuledOut } from '../map-miss.ts';
import type { Candidates, DeclContext, PackageFacts, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { isAssignTarget } from '../uses.ts';

/** How a nil element would be used. */
type DerefKind = 'field' | 'deref' | 'call' | 'value-method' | 'interface-method' | 'index';

/** A use of a map element that panics when the element is nil. */
interface Deref {
  readonly kind: DerefKind;
  /** The whole expression that fails (`m[k].f`, `*v`, `m[k](x)`). */
  readonly node: GoNode;
  /** The field or method name, for `field`, `value-method` and `interface-method`. */
  readonly name: string;
}

/**
 * MH007 map-miss-nil-deref: an element of a map of pointers, funcs or interfaces taken with
 * a plain lookup (`m[k]`, or `v := m[k]`) and then used in a way that panics when the key
 * is missing and the element therefore nil: a field read or written (`m[k].f`), `*m[k]`,
 * a call of a func element (`m[k]()`), a call of a method with a value receiver through a
 * pointer element, a method call on an interface element (a package interface or error),
 * or an index or slice of a pointer to an array. Go: runtime/map.go mapaccess1 returns the
 * zero value for a missing key; runtime/signal_unix.go sigpanic turns the fault of using it
 * into panicmem, "invalid memory address or nil pointer dereference".
 * Not flagged: comma-ok lookups, nil checks, the same `m[k]` assigned, checked or already
 * dereferenced earlier, map literals read with one of their keys, keys ranging over the map
 * or its keys, maps filled in a loop before the lookup, lookups under a membership test
 * (`if s.Has(k)`), methods with pointer receivers (they get the nil pointer and may handle
 * it), every other element type (staticcheck S1036: zero values are usable), and test
 * files (a panic there fails the test as a check would). Off by default: most lookups in
 * real code rely on invariants kept elsewhere (see the catalog entry).
 */
export const mapMissNilDeref: Rule = {
  id: 'MH007',
  // A lookup is an index expression, and the package fact's map type is spelled map[…].
  mayConcern: (source) => source.includes('['),
  wants: (c: Candidates, _v: unknown, pkg: PackageFacts) => c.has('index') && pkg.hasMapOfNilable,
  check(ctx: DeclContext): void {
    if (ctx.file.path.endsWith('_test.go')) {
      return;
    }
    ctx.decl.walk((n) => {
      if (n.type === 'index_expression') {
        checkLookup(ctx, n);
      }
      return true;
    });
  },
};

function checkLookup(ctx: DeclContext, lookup: GoNode): void {
  const via = boundTo(ctx, lookup);
  if (via === undefined && derefSyntax(lookup) === undefined) {
    return;
  }
  const elem = nilableElem(ctx, lookup);
  if (elem === undefined) {
    return;
  }
  let deref: Deref | undefined;
  if (via === undefined) {
    deref = derefOf(ctx, lookup, elem);
  } else {
    for (const u of via.uses) {
      deref = u.start > lookup.end ? derefOf(ctx, u, elem) : undefined;
      if (deref !== undefined) {
        break;
      }
    }
  }
  if (deref === undefined) {
    return;
  }
  const at = deref.node;
  // An earlier dereference of the same m[k] (inline or through a variable) that always runs
  // first would have panicked.
  const derefedBefore = (earlier: GoNode): boolean => {
    if (derefOf(ctx, earlier, elem) !== undefined) {
      return runsBefore(earlier, at);
    }
    const uses = boundTo(ctx, earlier)?.uses ?? [];
    return uses.some(
      (u) => u.start < at.start && derefOf(ctx, u, elem) !== undefined && runsBefore(u, at),
    );
  };
  if (!missRuledOut(ctx, lookup, at, via, derefedBefore)) {
    ctx.report('MH007', at, message(deref, lookup, elem, via));
  }
}

/**
 * Whether `earlier` runs whenever `later` does: its innermost statement belongs to a
 * statement list that holds `later` too (not a branch or loop body `later` is outside of).
 */
function runsBefore(earlier: GoNode, later: GoNode): boolean {
  let stmt = earlier;
  while (stmt.parent !== undefined && stmt.parent.type !== 'statement_list') {
    stmt = stmt.parent;
  }
  return stmt.parent?.contains(later) === true;
}

/** The element type of a lookup in a map of pointers, funcs or interfaces. */
function nilableElem(ctx: DeclContext, lookup: GoNode): GoType | undefined {
  const m = asMap(ctx.typer.typeOf(lookup.child('operand')));
  if (m === undefined) {
    return undefined;
  }
  const u = underlying(m.elem);
  const nilable =
    u.kind === 'pointer' ||
    u.kind === 'func' ||
    u.kind === 'interface' ||
    (u.kind === 'basic' && u.name === 'error');
  return nilable ? m.elem : undefined;
}

/** `e` (with its parentheses) and the expression using it, when that use could fail on nil. */
function derefSyntax(e: GoNode): { operand: GoNode; user: GoNode } | undefined {
  let operand = e;
  while (operand.parent?.type === 'parenthesized_expression') {
    operand = operand.parent;
  }
  const user = operand.parent;
  if (user === undefined) {
    return undefined;
  }
  const ok =
    ((user.type === 'selector_expression' ||
      user.type === 'index_expression' ||
      user.type === 'slice_expression' ||
      user.type === 'unary_expression') &&
      operand.field === 'operand') ||
    (user.type === 'call_expression' && operand.field === 'function');
  return ok ? { operand, user } : undefined;
}

/** How `e`, a nil element of type `elem`, would be used there, if that panics. */
function derefOf(ctx: DeclContext, e: GoNode, elem: GoType): Deref | undefined {
  const found = derefSyntax(e);
  if (found === undefined) {
    return undefined;
  }
  const { user } = found;
  const u = underlying(elem);
  switch (user.type) {
    case 'selector_expression':
      return selectorDeref(ctx, user, elem);
    case 'unary_expression':
      return u.kind === 'pointer' && user.hasToken('*')
        ? { kind: 'deref', node: user, name: '' }
        : undefined;
    case 'call_expression':
      return u.kind === 'func' ? { kind: 'call', node: user, name: '' } : undefined;
    default:
      // index_expression, slice_expression: through a pointer to an array.
      return u.kind === 'pointer' && underlying(u.elem).kind === 'array'
        ? { kind: 'index', node: user, name: '' }
        : undefined;
  }
}

/**
 * `x.f` or `x.M(…)` on a nil element: a field panics; a method panics when its receiver is
 * a value (or the element is an interface); a pointer receiver gets the nil pointer.
 */
function selectorDeref(ctx: DeclContext, sel: GoNode, elem: GoType): Deref | undefined {
  const name = sel.child('field')?.text ?? '';
  const parent = sel.field === 'function' ? sel.parent : undefined;
  const call = parent?.type === 'call_expression' ? parent : undefined;
  const isCall = call !== undefined;
  const u = underlying(elem);
  if (u.kind === 'interface' || u.kind === 'basic') {
    return call === undefined ? undefined : { kind: 'interface-method', node: call, name };
  }
  if (u.kind !== 'pointer') {
    return undefined;
  }
  if (fieldType(elem, name) !== undefined) {
    return { kind: 'field', node: sel, name };
  }
  const pointee = u.elem;
  if (pointee.kind === 'named') {
    return call !== undefined && valueReceiver(ctx, pointee.name, name)
      ? { kind: 'value-method', node: call, name }
      : undefined;
  }
  // A type of another package: a selector that is not called reads a field.
  return pointee.kind === 'qualified' && !isCall ? { kind: 'field', node: sel, name } : undefined;
}

/**
 * Whether method `name` of the package type `type` takes its receiver by value (false when
 * the package declares no such method, or declares it twice). Go: calling it through a nil
 * *T dereferences the pointer to copy the receiver; a pointer receiver gets the nil pointer.
 */
function valueReceiver(ctx: DeclContext, type: string, name: string): boolean {
  const receiver = ctx.index.method(type, name)?.node.child('receiver')?.namedChildren[0];
  const t = receiver?.child('type');
  return t !== undefined && t.type !== 'pointer_type';
}

function message(d: Deref, lookup: GoNode, elem: GoType, via: Binding | undefined): string {
  const base = via === undefined ? lookup.text : via.name;
  const access = {
    field: `field access ${base}.${d.name}`,
    deref: `dereference *${base}`,
    call: `call ${base}(…)`,
    'value-method': `call ${base}.${d.name}(…) of a value-receiver method`,
    'interface-method': `method call ${base}.${d.name}(…)`,
    index: `index ${base}[…]`,
  }[d.kind];
  const effect = {
    field: isAssignTarget(d.node) ? 'writing the field' : 'reading the field',
    deref: 'the dereference',
    call: 'calling it',
    'value-method': 'copying the receiver',
    'interface-method': 'calling a method on it',
    index: 'indexing through it',
  }[d.kind];
  const u = underlying(elem);
  const what = u.kind === 'pointer' || u.kind === 'func' ? 'nil' : 'nil interface';
  const from = via === undefined ? '' : ` (${via.name} := ${lookup.text})`;
  const v = via?.name ?? 'v';
  return (
    `${access}${from} where ${lookup.text} may be missing from the map: a missing key gives a ` +
    `${what} ${typeString(elem)}, and ${effect} panics with "runtime error: invalid memory ` +
    `address or nil pointer dereference" [signal SIGSEGV]; look it up with ${v}, ok := ` +
    `${lookup.text} and handle !ok first`
  );
}
