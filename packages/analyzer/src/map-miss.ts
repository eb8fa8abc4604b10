import { callArguments, callee, isFunction, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { DeclContext } from './rule.ts';
import type { Binding } from './scope.ts';
import { terminates } from './statements-after.ts';
import { classifyUse, isAssignTarget } from './uses.ts';

/**
 * What a function shows about whether a plain map lookup `m[k]` can miss, for the rules
 * about a missing key's zero value (MH006 nil channels, MH007 nil pointers and funcs).
 * Go: runtime/map.go mapaccess1 returns a pointer to the element type's zero value
 * (zeroVal) when the key is absent, so `m[k]` of a missing key is nil for channel,
 * pointer, func and interface elements.
 */

/** The `m[k]` a variable was initialized from, when nothing else ever assigns it. */
export function lookupBehind(b: Binding): GoNode | undefined {
  const value = unparen(b.value);
  if (value?.type !== 'index_expression' || b.kind !== 'var') {
    return undefined;
  }
  const changed = b.uses.some((u) => {
    const use = classifyUse(u);
    return use === 'assign' || use === 'address';
  });
  return changed ? undefined : value;
}

/** The variable `v` of `v := m[k]` (or `var v = m[k]`) when nothing else assigns it. */
export function boundTo(ctx: DeclContext, lookup: GoNode): Binding | undefined {
  let e = lookup;
  while (e.parent?.type === 'parenthesized_expression') {
    e = e.parent;
  }
  const list = e.parent;
  const stmt = list?.parent;
  if (list?.type !== 'expression_list' || stmt === undefined) {
    return undefined;
  }
  let names: readonly GoNode[];
  if (stmt.type === 'short_var_declaration' && list.field === 'right') {
    names = stmt.child('left')?.namedChildren ?? [];
  } else if (stmt.type === 'var_spec' && list.field === 'value') {
    names = stmt.fieldChildren('name');
  } else {
    return undefined;
  }
  const ident = names[list.namedChildren.indexOf(e)];
  const b = ident === undefined ? undefined : ctx.scopes.resolve(ident);
  return b !== undefined && b.ident === ident && lookupBehind(b) === lookup ? b : undefined;
}

/**
 * Whether the function rules out a missing key for `lookup` before `use` (the operation
 * that would fail on a zero value), or handles one: the same `m[k]` assigned, compared
 * with nil (itself or through a variable) or read with comma-ok earlier; the variable
 * `via` holding the lookup compared with nil in between; a map literal read with one of
 * its constant keys; `m[k]` where k ranges over m (or over m's keys); a membership test
 * through a call given k; or a map filled in a loop (or a visitor callback) before the
 * lookup. `alsoRulesOut` names what else an earlier `m[k]` may do to settle the question
 * (MH007: a dereference that already ran).
 */
export function missRuledOut(
  ctx: DeclContext,
  lookup: GoNode,
  use: GoNode,
  via: Binding | undefined,
  alsoRulesOut?: (earlier: GoNode) => boolean,
): boolean {
  return (
    (via !== undefined && nilChecked(via, use)) ||
    rangeKeyHit(ctx, lookup) ||
    literalHit(ctx, lookup) ||
    keyTestedByCall(lookup) ||
    lookedAtBefore(ctx, lookup, use, alsoRulesOut)
  );
}

/** Callee names of membership tests: `has`, `h.PathExists`, `inSlice`, `isKnown`, … */
const MEMBERSHIP_TEST = /has|contains|exist|^in[A-Z_]|^is[A-Z_]|known|valid|defined|registered/i;

/**
 * A membership test through a call given the key: the lookup inside `if has(k) {…}`, or
 * after `if !has(k) { return … }` (also continue, break, goto, panic) in a block holding it.
 */
function keyTestedByCall(lookup: GoNode): boolean {
  const key = normalize(lookup.child('index')?.text ?? '');
  for (let n = lookup, p = n.parent; p !== undefined; n = p, p = p.parent) {
    if (isFunction(p)) {
      return false;
    }
    if (p.type === 'if_statement' && n.field === 'consequence' && testsKey(p, key, false)) {
      return true;
    }
    if (p.type === 'statement_list') {
      const before = p.namedChildren.slice(0, p.namedChildren.indexOf(n));
      if (before.some((s) => s.type === 'if_statement' && testsKey(s, key, true) && exits(s))) {
        return true;
      }
    }
  }
  return false;
}

/** Whether the if statement's condition is `test(…k…)` (or `!test(…k…)` when `negated`). */
function testsKey(ifStmt: GoNode, key: string, negated: boolean): boolean {
  let cond = unparen(ifStmt.child('condition'));
  if (negated) {
    cond =
      cond?.type === 'unary_expression' && cond.hasToken('!')
        ? unparen(cond.child('operand'))
        : undefined;
  }
  const name = callee(cond)?.name ?? '';
  return (
    cond !== undefined &&
    MEMBERSHIP_TEST.test(name) &&
    callArguments(cond).some((a) => normalize(a.text) === key)
  );
}

/** An if statement whose consequence ends by leaving the block. */
function exits(ifStmt: GoNode): boolean {
  const list = ifStmt.child('consequence')?.namedChildren.find((c) => c.type === 'statement_list');
  const last = list?.namedChildren.at(-1);
  return (
    last !== undefined &&
    (terminates(last) || last.type === 'continue_statement' || last.type === 'break_statement')
  );
}

/**
 * Whether the same `m[k]` was looked at before `use` (compared with nil, assigned, or read
 * with comma-ok, itself or through a variable), or the map was written inside a loop that
 * ended before the lookup (filled for a collection: `for _, x := range xs { m[x.k] = &x }`;
 * a rule cannot know the key set, and such a lookup asserts membership). Source order
 * within the declaration stands in for dominance.
 */
function lookedAtBefore(
  ctx: DeclContext,
  lookup: GoNode,
  use: GoNode,
  alsoRulesOut: ((earlier: GoNode) => boolean) | undefined,
): boolean {
  const text = normalize(lookup.text);
  const map = normalize(lookup.child('operand')?.text ?? '');
  const checked = (n: GoNode): boolean => {
    const b = boundTo(ctx, n);
    return b !== undefined && nilChecked(b, use);
  };
  let found = false;
  ctx.decl.walk((n) => {
    if (found || n.start >= use.start) {
      return false;
    }
    if (n.type === 'index_expression' && n !== lookup) {
      const same = normalize(n.text) === text;
      found =
        (same &&
          (isAssignTarget(n) ||
            comparedWithNil(n) ||
            commaOk(n) ||
            checked(n) ||
            alsoRulesOut?.(n) === true)) ||
        (isAssignTarget(n) &&
          normalize(n.child('operand')?.text ?? '') === map &&
          filledInLoop(n, lookup));
    }
    return !found;
  });
  return found;
}

/**
 * A map write inside a for statement, or inside a func literal passed to a call (a visitor:
 * `packages.Visit(pkgs, nil, func(p *Package) { m[p] = … })`), that does not hold the lookup.
 */
function filledInLoop(write: GoNode, lookup: GoNode): boolean {
  for (let p = write.parent; p !== undefined; p = p.parent) {
    if (p.type === 'for_statement' && !p.contains(lookup)) {
      return true;
    }
    if (p.type === 'func_literal') {
      return p.parent?.type === 'argument_list' && !p.contains(lookup);
    }
  }
  return false;
}

/** A nil comparison of the variable between its lookup and the use. */
function nilChecked(b: Binding, use: GoNode): boolean {
  return b.uses.some((u) => u.start > b.ident.start && u.start < use.start && comparedWithNil(u));
}

function comparedWithNil(n: GoNode): boolean {
  let e = n;
  while (e.parent?.type === 'parenthesized_expression') {
    e = e.parent;
  }
  const cmp = e.parent;
  if (cmp?.type !== 'binary_expression') {
    return false;
  }
  const op = cmp.child('operator')?.type;
  const other = e.field === 'left' ? cmp.child('right') : cmp.child('left');
  return (op === '==' || op === '!=') && unparen(other)?.type === 'nil';
}

function commaOk(n: GoNode): boolean {
  const list = n.parent;
  const stmt = list?.parent;
  if (list?.field !== 'right' || list.namedChildren.length !== 1) {
    return false;
  }
  const left = stmt?.child('left')?.namedChildren ?? [];
  return (
    (stmt?.type === 'short_var_declaration' ||
      stmt?.type === 'assignment_statement' ||
      stmt?.type === 'var_spec') &&
    left.length === 2
  );
}

/**
 * `m[k]` where k is the key of an enclosing `for k := range m`, or the value of a
 * `for _, k := range keys` over m's keys: a slice filled by `keys = append(keys, k)` in a
 * `for k := range m`, or a call given m (`sortedKeys(m)`, `maps.Keys(m)`).
 */
function rangeKeyHit(ctx: DeclContext, lookup: GoNode): boolean {
  const key = unparen(lookup.child('index'));
  const map = normalize(lookup.child('operand')?.text ?? '');
  const b = rangeVariable(ctx, key);
  if (b?.rangeOf === undefined || b.loop?.contains(lookup) !== true || reassigned(b)) {
    return false;
  }
  const over = unparen(b.rangeOf.expr);
  if (b.rangeOf.index === 0) {
    return normalize(over?.text ?? '') === map;
  }
  return b.rangeOf.index === 1 && over !== undefined && keysOf(ctx, over, map);
}

/** The variable a key comes from: k itself, or x for `k, _ := x.(T)` (a few steps back). */
function rangeVariable(ctx: DeclContext, key: GoNode | undefined): Binding | undefined {
  let b = key?.type === 'identifier' ? ctx.scopes.resolve(key) : undefined;
  for (let i = 0; i < 3 && b !== undefined && b.rangeOf === undefined; i++) {
    const right = b.decl.child('right') ?? b.decl.child('value');
    const only = right?.namedChildren.length === 1 ? unparen(right.namedChildren[0]) : undefined;
    const operand =
      only?.type === 'type_assertion_expression' ? unparen(only.child('operand')) : undefined;
    b = operand?.type === 'identifier' ? ctx.scopes.resolve(operand) : undefined;
  }
  return b;
}

/** Whether `list` (a call or a local slice) holds the keys of the map spelled `map`. */
function keysOf(ctx: DeclContext, list: GoNode, map: string): boolean {
  if (list.type === 'call_expression') {
    return callArguments(list).some((a) => normalize(a.text) === map) || keysMethod(list, map);
  }
  const slice = list.type === 'identifier' ? ctx.scopes.resolve(list) : undefined;
  if (slice === undefined) {
    return false;
  }
  const value = unparen(slice.value);
  if (value?.type === 'call_expression' && keysOf(ctx, value, map)) {
    return true;
  }
  const isKey = (a: GoNode): boolean => {
    const ab = a.type === 'identifier' ? ctx.scopes.resolve(a) : undefined;
    return ab?.rangeOf?.index === 0 && normalize(unparen(ab.rangeOf.expr)?.text ?? '') === map;
  };
  return slice.uses.some((u) => {
    const p = u.parent;
    // keys = append(keys, k)
    const call = p?.parent;
    if (p?.type === 'argument_list' && call !== undefined && callee(call)?.name === 'append') {
      return callArguments(call).some(isKey);
    }
    // keys[i] = k
    const stmt = p?.parent?.parent;
    if (p?.type === 'index_expression' && u.field === 'operand' && isAssignTarget(p)) {
      return (stmt?.child('right')?.namedChildren ?? []).some(isKey);
    }
    return false;
  });
}

/**
 * `s.MemberNames()` for the map `s.MemberRefs`: a method of the map's owner named for the
 * keys it lists (…Names, …Keys, …IDs), the usual accessor for a sorted key list.
 */
function keysMethod(call: GoNode, map: string): boolean {
  const c = callee(call);
  const owner = map.slice(0, Math.max(0, map.lastIndexOf('.')));
  return (
    c?.qualifier !== undefined &&
    owner !== '' &&
    normalize(c.qualifier.text) === owner &&
    /(Names|Keys|IDs|Ids)$/.test(c.name)
  );
}

function reassigned(b: Binding): boolean {
  return b.uses.some((u) => classifyUse(u) === 'assign');
}

/**
 * A map built from a literal, read with one of its keys: a local map never written
 * afterwards, or a package-level one (whose large literals are not kept: a constant key
 * into one counts as a hit). Keys are literals or package-level names (constants).
 */
function literalHit(ctx: DeclContext, lookup: GoNode): boolean {
  const operand = unparen(lookup.child('operand'));
  const key = unparen(lookup.child('index'));
  if (operand?.type !== 'identifier' || key === undefined || !isConstant(ctx, key)) {
    return false;
  }
  const b = ctx.scopes.resolve(operand);
  let literal: GoNode | undefined;
  if (b === undefined) {
    const g = ctx.index.global(operand.text);
    if (g?.literalType !== undefined) {
      return true;
    }
    literal = unparen(g?.value);
  } else if (!writtenTo(b)) {
    literal = unparen(b.value);
  }
  if (literal?.type !== 'composite_literal') {
    return false;
  }
  const keys = (literal.child('body')?.namedChildren ?? [])
    .filter((e) => e.type === 'keyed_element')
    .map((e) => normalize(e.child('key')?.text ?? ''));
  return keys.includes(normalize(key.text));
}

/** Whether the map variable is written, deleted from or reassigned anywhere. */
function writtenTo(b: Binding): boolean {
  return b.uses.some((u) => {
    const p = u.parent;
    const isDelete = p?.type === 'argument_list' && callee(p.parent)?.name === 'delete';
    const isIndexWrite =
      p?.type === 'index_expression' && u.field === 'operand' && isAssignTarget(p);
    return isDelete || isIndexWrite || isAssignTarget(u);
  });
}

/** A literal, or a name (or pkg.Name) that is not a local variable: a constant key. */
function isConstant(ctx: DeclContext, n: GoNode): boolean {
  if (n.type === 'identifier') {
    return ctx.scopes.resolve(n) === undefined;
  }
  if (n.type === 'selector_expression') {
    const pkg = n.child('operand');
    return pkg?.type === 'identifier' && ctx.scopes.resolve(pkg) === undefined;
  }
  return /^(interpreted_string_literal|raw_string_literal|int_literal|rune_literal|true|false)$/.test(
    n.type,
  );
}

function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}
