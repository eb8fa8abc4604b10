import { callArguments, callee, functionsIn, unparen } from '@mapscope/go-syntax';
import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import { place } from '../diagnostic.ts';
import { asMap, fieldType, mapFieldPaths, typeString, underlying } from '../go-types.ts';
import type { GoType } from '../go-types.ts';
import { receiverName, receiverTypeName } from '../package-index.ts';
import type { Candidates, DeclContext, PackageFacts, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { unsetFieldWritten, unsetMapFields } from '../unset-fields.ts';
import { conditionAround, conditionalMapFields } from '../conditional-fields.ts';
import { enclosingFunction } from '../statements-after.ts';
import { parameterNames } from '../scope.ts';
import { classifyUse, isAssignTarget } from '../uses.ts';
import { NilFlow } from './nil-flow.ts';
import type { Origin, Tracked } from './nil-flow.ts';

/**
 * MH003 nil-map-write: a write (`m[k] = v`, `m[k] op= v`, `m[k]++`) to a map that is nil on
 * every path reaching it. Go: runtime/map.go mapassign panics with "assignment to entry in
 * nil map" when h == nil. Reads, len, range and delete on a nil map are legal (mapaccess,
 * mapdelete and mapiterinit all accept h == nil), so only writes are checked.
 *
 * Tracked: local map variables (declared without a value, set to nil, named results), map
 * fields of local struct values or pointers made from a zero value, `new`, or a keyed literal
 * that leaves the field out, and any of these (parameters and receivers' fields included)
 * inside an `== nil` branch. Anything whose address
 * escapes, or that a callee could change (method calls, passing a pointer), becomes unknown.
 * Package-level variables are never tracked: another file or init may set them.
 */
export const nilMapWrite: Rule = {
  id: 'MH003',
  // Every write is `x[k] = v`, `x[k] op= v`, `x[k]++` or `x[k]--`; a method call on a
  // decoded value may write in another file.
  mayConcern: (source) => INDEX_WRITE.test(source) || DECODE.test(source),
  // `maptype` (a map parameter) and `nilcheck` (`if x == nil`): an `== nil` branch can make
  // a map certainly nil that was unknown before. `clonecall`: `x := f(a.b)`, a clone of a
  // field that may be nil (checkNilClone).
  // (A zero struct value whose method writes its map needs no write in this declaration.)
  wants: (c: Candidates, _v: unknown, pkg: PackageFacts) =>
    c.has('nilsrc') ||
    (c.has('write') &&
      (c.has('maptype') || c.has('nilcheck') || c.has('clonecall') || pkg.hasUnsetMapField)),
  check(ctx: DeclContext): void {
    checkUnsetFields(ctx);
    checkConditionalFields(ctx);
    checkConditionalDecode(ctx);
    checkDecodedReceiver(ctx);
    checkNilClone(ctx);
    if (!INDEX_WRITE.test(ctx.decl.text)) {
      return; // the nil-flow reports writes only
    }
    for (const fn of functionsIn(ctx.decl)) {
      const tracker = new Tracker(ctx, fn);
      new NilFlow(fn, tracker, (write, origin, key) => {
        ctx.report('MH003', write, message(ctx, tracker, key, origin));
      }).run(tracker.entryState());
    }
  },
};

/**
 * `var m map[K]V`, filled only by decoding into it (`json.Unmarshal(b, &m)`) inside an `if`
 * with no else, then written after that if: on the path where the condition is false nothing
 * made the map, and the write panics. (Decoding allocates the map; nothing else touched it.)
 */
function checkConditionalDecode(ctx: DeclContext): void {
  for (const b of zeroVars(ctx)) {
    const write = b.uses.find((u) => {
      const p = u.parent;
      return p?.type === 'index_expression' && u.field === 'operand' && isAssignTarget(p);
    });
    if (write === undefined || asMap(ctx.typer.bindingType(b)) === undefined) {
      continue;
    }
    const before = b.uses.filter((u) => u.start < write.start);
    const decodes = before.map((u) => decodeIn(u));
    const conds = decodes.map((d) => (d === undefined ? undefined : elselessIf(d, write)));
    const cond = conds[0];
    if (before.length === 0 || cond === undefined || conds.some((c) => c !== cond)) {
      continue;
    }
    const line = (n: GoNode): number => ctx.file.position(n.start).line;
    const decode = decodes[0];
    const index = write.parent ?? write;
    ctx.report(
      'MH003',
      index,
      `assignment to entry in nil map: ${b.name} (declared at line ${String(line(b.ident))} ` +
        `with no value) is only filled by ${decode?.text.split('(')[0] ?? 'decoding'} at line ` +
        `${String(line(decode ?? cond))}, inside the if at line ${String(line(cond))}; when ` +
        `that condition is false ${b.name} is still nil here and this write panics at run ` +
        `time; make it first (${b.name} = make(...)) or check it for nil`,
    );
  }
}

/**
 * `var g T` filled only by decoding into it (`json.Unmarshal(b, &g)`), then `g.m()` where
 * the method writes into an unexported map field of its receiver before anything makes it:
 * decoding cannot set an unexported field, so the map is nil and the write panics.
 * Reported at the call.
 */
function checkDecodedReceiver(ctx: DeclContext): void {
  for (const b of zeroVars(ctx)) {
    const t = ctx.typer.bindingType(b);
    if (t.kind !== 'named' || underlying(t).kind !== 'struct') {
      continue;
    }
    let decoded = false;
    for (const u of b.uses) {
      if (decodeIn(u) !== undefined) {
        decoded = true;
        continue; // decoded into: the unexported maps stay nil
      }
      if (classifyUse(u) === 'field-read') {
        continue; // an exported field read: the unexported maps stay nil
      }
      const sel = u.parent;
      const call = sel?.type === 'selector_expression' ? sel.parent : undefined;
      const method = sel?.child('field')?.text;
      if (classifyUse(u) !== 'method' || call?.type !== 'call_expression' || method === undefined) {
        break;
      }
      const write = receiverFieldWrite(ctx, t.name, method);
      const ft = write === undefined ? undefined : fieldType(t, write.field);
      if (write !== undefined && ft !== undefined && asMap(ft) !== undefined) {
        const field = write.field;
        ctx.report(
          'MH003',
          call,
          `assignment to entry in nil map: ${b.name}.${method}() writes ${b.name}.${field} ` +
            `(${write.at}), but ${b.name} is a zero ${t.name} (declared at line ` +
            `${String(ctx.file.position(b.ident.start).line)})` +
            (decoded
              ? ` that only decoding filled, and decoding cannot set the unexported ${field}`
              : '') +
            `: it is nil and the write panics at run time; make ${field} in ${method} when it ` +
            `is nil, or build ${b.name} with the constructor`,
        );
      }
      break;
    }
  }
}

/**
 * `env := maps.Clone(j.vars)` then `env[k] = v`: a clone of a nil map is nil (maps.Clone, or
 * a package helper that starts `if m == nil { return nil }`), and the package makes values of
 * j's type that leave `vars` out (`job{name: "lint"}`), so for those the write panics
 * (fluxcd/pkg#868's pattern). Not when a nil check, a len check or an assignment of the clone
 * comes first, or a condition around either mentions the field.
 */
function checkNilClone(ctx: DeclContext): void {
  if (!/\bClone\(|return nil\b/.test(ctx.file.source)) {
    return;
  }
  ctx.decl.walk((n) => {
    if (n.type !== 'short_var_declaration' && n.type !== 'assignment_statement') {
      return true;
    }
    const left = n.child('left')?.namedChildren ?? [];
    const right = n.child('right')?.namedChildren ?? [];
    const call = right.length === 1 ? unparen(right[0]) : undefined;
    const arg = call?.type === 'call_expression' ? unparen(callArguments(call)[0]) : undefined;
    const target = left.length === 1 ? left[0] : undefined;
    if (
      call === undefined ||
      arg?.type !== 'selector_expression' ||
      target?.type !== 'identifier' ||
      !clonesNil(ctx, call)
    ) {
      return true;
    }
    const field = arg.child('field')?.text;
    const ownerType = ctx.typer.typeOf(arg.child('operand') ?? arg);
    const named = ownerType.kind === 'pointer' ? ownerType.elem : ownerType;
    if (field === undefined || named.kind !== 'named' || guardedBy(n, [arg.text])) {
      return true;
    }
    const b = ctx.scopes.resolve(target);
    const write = b === undefined ? undefined : firstUnguardedWrite(b, n, arg.text);
    const made = write === undefined ? undefined : literalOmitting(ctx, named.name, field);
    if (write !== undefined && made !== undefined) {
      ctx.report(
        'MH003',
        write,
        `assignment to entry in nil map: ${target.text} is a clone of ${arg.text} (line ` +
          `${String(ctx.file.position(n.start).line)}), and a clone of a nil map is nil; ` +
          `${named.name} values made without ${field} (${made}) have it nil, and this write ` +
          `panics for them; make ${target.text} when it is nil before writing`,
      );
    }
    return true;
  });
}

/** `maps.Clone(m)`, or a package function that returns nil for a nil map argument. */
function clonesNil(ctx: DeclContext, call: GoNode): boolean {
  const c = callee(call);
  if (c?.name === 'Clone' && c.qualifier?.text === 'maps') {
    return true;
  }
  if (callArguments(call).length !== 1 || c?.qualifier !== undefined) {
    return false;
  }
  const fn = ctx.index.func(c?.name ?? '');
  const [param] = fn === undefined ? [] : parameterNames(fn.node);
  const list = fn?.node.child('body')?.namedChildren.find((x) => x.type === 'statement_list');
  const first = list?.namedChildren.find((x) => x.type !== 'comment');
  const cond = first?.type === 'if_statement' ? unparen(first.child('condition')) : undefined;
  const body = first?.child('consequence')?.text.replace(/\s+/g, ' ');
  return (
    param !== undefined &&
    cond?.text.replace(/\s+/g, '') === `${param.text}==nil` &&
    body === '{ return nil }'
  );
}

/** An if or for condition around `n` mentions one of `texts`. */
function guardedBy(n: GoNode, texts: readonly string[]): boolean {
  for (let p = n.parent; p !== undefined; p = p.parent) {
    if (p.type === 'function_declaration' || p.type === 'method_declaration') {
      return false;
    }
    const cond =
      p.type === 'if_statement'
        ? p.child('condition')
        : p.type === 'for_statement'
          ? p.namedChildren.find((c) => c.field !== 'body')
          : undefined;
    if (cond !== undefined && texts.some((t) => cond.text.includes(t))) {
      return true;
    }
  }
  return false;
}

/**
 * The first `x[k] = v` through binding `b` after `assigned`, unless a use before it compares
 * x with nil, takes its len, or assigns it, or a condition around the write mentions x or
 * the cloned field.
 */
function firstUnguardedWrite(b: Binding, assigned: GoNode, source: string): GoNode | undefined {
  const later = b.uses.filter((u) => u.start > assigned.end).sort((x, y) => x.start - y.start);
  for (const u of later) {
    const p = u.parent;
    if (isAssignTarget(u) || p?.type === 'binary_expression' || callee(p?.parent)?.name === 'len') {
      return undefined;
    }
    if (p?.type === 'index_expression' && u.field === 'operand' && isAssignTarget(p)) {
      return guardedBy(p, [b.name, source]) ? undefined : p;
    }
  }
  return undefined;
}

/**
 * Where the package makes a `typeName` value with a keyed literal that leaves `field` out
 * (`job{name: "lint"}`, or an element `{name: "lint"}` of a `[]job` literal), as `file:line`.
 */
function literalOmitting(ctx: DeclContext, typeName: string, field: string): string | undefined {
  const named = new RegExp(`\\b${typeName}\\s*\\{`);
  for (const file of ctx.index.files) {
    if (!named.test(file.source)) {
      continue;
    }
    for (const d of file.topLevelNodes) {
      if (!named.test(file.text(d))) {
        continue;
      }
      let found: GoNode | undefined;
      d.walk((n) => {
        if (found !== undefined) {
          return false;
        }
        if (n.type === 'composite_literal') {
          const t = n.child('type');
          const elem = t?.child('element') ?? t?.child('value');
          const direct = t?.text === typeName;
          const elements =
            !direct && elem?.text === typeName ? (n.child('body')?.namedChildren ?? []) : [];
          const literals = direct
            ? [n]
            : elements.flatMap((e) => e.namedChildren.filter((c) => c.type === 'literal_value'));
          for (const lit of literals) {
            const fields = lit.type === 'literal_value' ? keyedFieldsIn(lit) : keyedFields(lit);
            if (fields !== undefined && !fields.has(field)) {
              found = lit;
            }
          }
        }
        return true;
      });
      if (found !== undefined) {
        return place(file, found.start);
      }
    }
  }
  return undefined;
}

/** Local variables declared with `var` and no value: zero until something sets them. */
function zeroVars(ctx: DeclContext): Binding[] {
  return ctx.scopes.bindings.filter(
    (b) => b.kind === 'var' && b.decl.type === 'var_spec' && b.value === undefined,
  );
}

/**
 * Where method `method` of type `type` writes into an unexported map field of its receiver
 * before any statement assigns that field or compares it with nil.
 */
function receiverFieldWrite(
  ctx: DeclContext,
  type: string,
  method: string,
): { field: string; at: string } | undefined {
  const fn = ctx.index.method(type, method);
  const recv = fn === undefined ? undefined : receiverName(fn.node);
  const body = fn?.node.child('body');
  if (fn === undefined || recv === undefined || body === undefined) {
    return undefined;
  }
  const settled = new Set<string>();
  let replaced = false;
  let found: { field: string; at: string } | undefined;
  body.walk((n) => {
    if (found !== undefined || replaced || n.type === 'func_literal') {
      return false;
    }
    if (n.type === 'assignment_statement') {
      // `*s = T{files: make(…)}`: the receiver replaced whole, with the fields the literal
      // names set (a copy of another value sets whatever it had).
      const left = unparen(n.child('left')?.namedChildren[0]);
      const right = unparen(n.child('right')?.namedChildren[0]);
      if (
        left?.type === 'unary_expression' &&
        left.hasToken('*') &&
        left.child('operand')?.text === recv
      ) {
        if (right?.type !== 'composite_literal') {
          replaced = true;
          return false;
        }
        for (const f of literalKeys(right)) {
          settled.add(f);
        }
      }
    }
    if (n.type === 'call_expression') {
      // `w.init()` before the write: the fields that method assigns are set from here on.
      for (const f of fieldsAssignedBy(ctx, type, n, recv)) {
        settled.add(f);
      }
    }
    const sel = n.type === 'selector_expression' ? n : undefined;
    const field = sel?.child('field')?.text;
    if (sel?.child('operand')?.text !== recv || field === undefined || !/^[a-z_]/.test(field)) {
      return true;
    }
    const p = sel.parent;
    if (isAssignTarget(sel) || (p?.type === 'binary_expression' && p.text.includes('nil'))) {
      settled.add(field);
    } else if (
      !settled.has(field) &&
      p?.type === 'index_expression' &&
      sel.field === 'operand' &&
      isAssignTarget(p)
    ) {
      found = { field, at: place(fn.file, p.start) };
    }
    return true;
  });
  return found;
}

/** The field names a keyed composite literal sets (`T{files: …, n: 1}`: files and n). */
function literalKeys(lit: GoNode): string[] {
  const body = lit.child('body');
  return (body?.namedChildren ?? [])
    .filter((e) => e.type === 'keyed_element')
    .map((e) => e.namedChildren[0]?.text ?? '')
    .filter((k) => k !== '');
}

/**
 * The receiver fields that `call`, a call of another method of `type` on receiver `recv`
 * (`w.init()`), assigns or compares with nil in its own body.
 */
function fieldsAssignedBy(ctx: DeclContext, type: string, call: GoNode, recv: string): string[] {
  const f = unparen(call.child('function'));
  const name = f?.type === 'selector_expression' ? f.child('field')?.text : undefined;
  if (name === undefined || f?.child('operand')?.text !== recv) {
    return [];
  }
  const m = ctx.index.method(type, name);
  const r = m === undefined ? undefined : receiverName(m.node);
  const body = m?.node.child('body');
  if (r === undefined || body === undefined) {
    return [];
  }
  const fields = new Set<string>();
  body.walk((n) => {
    const operand = n.type === 'selector_expression' ? n.child('operand')?.text : undefined;
    const field = n.child('field')?.text;
    if (operand === r && field !== undefined && isAssignTarget(n)) {
      fields.add(field);
    }
    return n.type !== 'func_literal';
  });
  return [...fields];
}

/** `json.Unmarshal(data, &m)` (any `…Unmarshal`/`…Decode` call) handed `&m`: that call. */
function decodeIn(use: GoNode): GoNode | undefined {
  const addr = use.parent;
  const call = addr?.parent?.type === 'argument_list' ? addr.parent.parent : undefined;
  const name = callee(call)?.name ?? '';
  const taken = addr?.type === 'unary_expression' && addr.hasToken('&');
  return taken && /(Unmarshal|Decode)$/.test(name) ? call : undefined;
}

/** A decoding call in source text (`json.Unmarshal(`, `dec.Decode(`). */
const DECODE = /(Unmarshal|Decode)\s*\(/;

/**
 * The if statement with no else whose consequence holds `decode`, when it is a statement
 * before `write` in one of the blocks around the write.
 */
function elselessIf(decode: GoNode, write: GoNode): GoNode | undefined {
  let stmt = decode.ancestor('if_statement');
  // `if err := json.Unmarshal(…); err != nil {…}` is the decode itself: look further out.
  while (stmt !== undefined && stmt.child('consequence')?.contains(decode) !== true) {
    stmt = stmt.parent?.ancestor('if_statement');
  }
  if (stmt === undefined || stmt.child('alternative') !== undefined || stmt.end > write.start) {
    return undefined;
  }
  // The write must follow the if in the if's own block (not inside another branch).
  return stmt.parent?.contains(write) === true ? stmt : undefined;
}

/**
 * Writes into a map field the package never sets (unset-fields.ts): nil in every value of
 * the type, whoever made it.
 */
function checkUnsetFields(ctx: DeclContext): void {
  if (unsetMapFields(ctx.index).size === 0) {
    return;
  }
  ctx.decl.walk((n) => {
    if (n.type === 'index_expression' && isAssignTarget(n)) {
      const u = unsetFieldWritten(ctx.index, n, (operand) => {
        const t = underlying(ctx.typer.typeOf(operand));
        const named = t.kind === 'pointer' ? t.elem : ctx.typer.typeOf(operand);
        return named.kind === 'named' ? named.name : undefined;
      });
      if (u !== undefined) {
        const made = u.literals > 0 ? ` (its ${u.type}{…} literals leave it out)` : '';
        ctx.report(
          'MH003',
          n,
          `assignment to entry in nil map: field ${u.field} of ${u.type} is never set anywhere ` +
            `in the package${made}, so it is nil in every ${u.type} and this write panics at ` +
            `run time; make it where ${u.type} values are made (e.g. ${u.field}: make(...) in ` +
            'the literal), or before the first write',
        );
      }
    }
    return true;
  });
}

/**
 * Writes into a map field that one constructor makes only on some of its paths
 * (conditional-fields.ts), where nothing at the write checks it for nil or tests what the
 * constructor's condition tested.
 */
function checkConditionalFields(ctx: DeclContext): void {
  const facts = conditionalMapFields(ctx.index);
  if (facts.size === 0) {
    return;
  }
  ctx.decl.walk((n) => {
    if (n.type !== 'index_expression' || !isAssignTarget(n)) {
      return true;
    }
    const sel = unparen(n.child('operand'));
    const operand = sel?.type === 'selector_expression' ? sel.child('operand') : undefined;
    const field = sel?.child('field')?.text;
    if (operand === undefined || field === undefined) {
      return true;
    }
    const t = underlying(ctx.typer.typeOf(operand));
    const named = t.kind === 'pointer' ? t.elem : ctx.typer.typeOf(operand);
    const fact = named.kind === 'named' ? facts.get(`${named.name}.${field}`) : undefined;
    const fn = enclosingFunction(n);
    if (fact === undefined || fn === undefined || fn.child('name')?.text === fact.constructor) {
      return true;
    }
    // `if s.m == nil`, `len(s.m)`, or the constructor's own condition anywhere in the function.
    const words = new Set(fact.conditions.flatMap((c) => c.match(/[A-Za-z_]\w*/g) ?? []));
    for (const w of ['nil', 'true', 'false', 'err', 'ok']) {
      words.delete(w);
    }
    const text = fn.text;
    const names = new Set<string>();
    fn.walk((id) => {
      if (id.type === 'identifier' || id.type === 'field_identifier') {
        names.add(id.text);
      }
      return true;
    });
    const guarded =
      new RegExp(`\\.${field}\\s*[!=]=\\s*nil|len\\(\\s*[\\w.]*\\.${field}\\s*\\)`).test(text) ||
      [...words].some((w) => names.has(w));
    if (guarded || onlyCalledUnder(ctx, fn, fact) || receiverMadeOnlyUnder(ctx, fn, fact)) {
      return true;
    }
    const line = fact.file.position(fact.at.start).line;
    ctx.report(
      'MH003',
      n,
      `assignment to entry in nil map: ${fact.type}.${field} is made only by ${fact.constructor}, ` +
        `and only when ${fact.conditions.join(' or ')} (${fact.file.path.split('/').pop() ?? ''}:` +
        `${String(line)}); a ${fact.type} it returns otherwise has a nil ${field}, and this ` +
        `write panics at run time; make ${field} on every path of ${fact.constructor} (or ` +
        `check it for nil here)`,
    );
    return true;
  });
}

/**
 * Whether `fn`, a method, is called only by the constructor and only under the condition on
 * which the constructor makes the map (`if keepHierarchy { idx.addParent(…) }` beside `if
 * keepHierarchy { idx.parentsByID = make(…) }`: tempo's span index).
 */
function onlyCalledUnder(ctx: DeclContext, fn: GoNode, fact: ConditionalFact): boolean {
  const name = fn.type === 'method_declaration' ? fn.child('name')?.text : undefined;
  return (
    name !== undefined &&
    onlyUnder(ctx.index.files, fact, (n) => {
      const f = n.type === 'call_expression' ? unparen(n.child('function')) : undefined;
      return f?.type === 'selector_expression' && f.child('field')?.text === name;
    })
  );
}

/**
 * Whether `fn` is a method of a type whose values the constructor makes only under the
 * condition on which it makes the map (serf's `&pingDelegate{serf: serf}` beside `coordCache`,
 * both under `if !conf.DisableCoordinates`): its writes reach a made map. (What a test makes
 * for itself is the test's business: serf's tests embed one.)
 */
function receiverMadeOnlyUnder(ctx: DeclContext, fn: GoNode, fact: ConditionalFact): boolean {
  const recv = fn.type === 'method_declaration' ? receiverTypeName(ctx.file, fn) : undefined;
  return (
    recv !== undefined &&
    recv !== fact.type &&
    onlyUnder(
      ctx.index.files.filter((f) => !f.path.endsWith('_test.go')),
      fact,
      (n) => n.type === 'composite_literal' && n.child('type')?.text === recv,
    )
  );
}

/** A map field the type's one constructor makes only under a condition. */
interface ConditionalFact {
  readonly type: string;
  readonly constructor: string;
  readonly conditions: readonly string[];
}

/**
 * Whether the nodes `matches` picks in `files` are there, and all in the constructor under
 * the condition on which it makes the map.
 */
function onlyUnder(
  files: readonly ParsedFile[],
  fact: ConditionalFact,
  matches: (n: GoNode) => boolean,
): boolean {
  let found = 0;
  let other = false;
  for (const file of files) {
    for (const top of file.topLevelNodes) {
      top.walk((n) => {
        if (matches(n)) {
          found++;
          const cond = conditionAround(n, top);
          other ||=
            top.type !== 'function_declaration' ||
            top.child('name')?.text !== fact.constructor ||
            cond === undefined ||
            !fact.conditions.includes(cond);
        }
        return !other;
      });
    }
  }
  return found > 0 && !other;
}

const INDEX_WRITE = /\]\s*(?:(?:[-+*/%&|^]|<<|>>|&\^)?=(?!=)|\+\+|--)/;

/**
 * The variables whose values can reach the map of an index write in `fn`: the write's own
 * (`m` of `m[k] = v`, `s` of `s.m[k] = v`), and, repeatedly, every variable named on the
 * right of an assignment to one of them (`m = other`, `s.m = make(…)`, `p := &s`).
 */
function reachingWrites(
  fn: GoNode,
  binding: (ident: GoNode) => Binding | undefined,
): ReadonlySet<Binding> {
  const out = new Set<Binding>();
  const pairs: [GoNode, GoNode][] = [];
  fn.walk((n) => {
    if (n.type === 'index_expression' && isAssignTarget(n)) {
      const b = rootOf(n.child('operand'), binding);
      if (b !== undefined) {
        out.add(b);
      }
    } else if (n.type === 'assignment_statement' || n.type === 'short_var_declaration') {
      pairUp(n.child('left')?.namedChildren ?? [], n.child('right')?.namedChildren ?? [], pairs);
    } else if (n.type === 'var_spec') {
      pairUp(n.fieldChildren('name'), n.child('value')?.namedChildren ?? [], pairs);
    }
    return true;
  });
  for (let grew = out.size > 0; grew;) {
    grew = false;
    for (const [l, r] of pairs) {
      const target = rootOf(l, binding);
      if (target === undefined || !out.has(target)) {
        continue;
      }
      r.walk((id) => {
        const b = id.type === 'identifier' ? binding(id) : undefined;
        if (b !== undefined && !out.has(b)) {
          out.add(b);
          grew = true;
        }
        return true;
      });
    }
  }
  return out;
}

/** Each target with its value, when there are as many values as targets. */
function pairUp(
  targets: readonly GoNode[],
  values: readonly GoNode[],
  out: [GoNode, GoNode][],
): void {
  if (targets.length === values.length) {
    targets.forEach((t, i) => {
      const v = values[i];
      if (v !== undefined) {
        out.push([t, v]);
      }
    });
  }
}

/** The variable `x`, `x.f.g` (parenthesized or not) starts from. */
function rootOf(
  expr: GoNode | undefined,
  binding: (ident: GoNode) => Binding | undefined,
): Binding | undefined {
  let n = unparen(expr);
  while (n?.type === 'selector_expression') {
    n = unparen(n.child('operand'));
  }
  return n?.type === 'identifier' ? binding(n) : undefined;
}

/** Which bindings of one function are followed, and how their keys are spelled. */
export class Tracker {
  readonly #ctx: DeclContext;
  readonly #fn: GoNode;
  readonly #tracked = new Map<Binding, Tracked | undefined>();
  readonly #byKey = new Map<string, { tracked: Tracked; path: readonly string[] }>();
  #reaching: ReadonlySet<Binding> | undefined;

  constructor(ctx: DeclContext, fn: GoNode) {
    this.#ctx = ctx;
    this.#fn = fn;
  }

  /** The tracked entry for a binding, deciding (once) whether it can be tracked at all. */
  tracked(b: Binding | undefined): Tracked | undefined {
    if (b === undefined) {
      return undefined;
    }
    if (this.#tracked.has(b)) {
      return this.#tracked.get(b);
    }
    const t = this.#decide(b);
    this.#tracked.set(b, t);
    if (t !== undefined) {
      for (const path of t.paths) {
        this.#byKey.set(keyFor(t, path), { tracked: t, path });
      }
    }
    return t;
  }

  /** The binding an identifier refers to. */
  binding(ident: GoNode): Binding | undefined {
    return this.#ctx.scopes.resolve(ident);
  }

  /** The key a map-valued expression (`m`, `s.m`, `p.inner.m`) is followed under. */
  keyOf(expr: GoNode | undefined): string | undefined {
    const path: string[] = [];
    let n = unparen(expr);
    while (n?.type === 'selector_expression') {
      path.unshift(n.child('field')?.text ?? '');
      n = unparen(n.child('operand'));
    }
    if (n?.type !== 'identifier') {
      return undefined;
    }
    const t = this.tracked(this.binding(n));
    if (!t?.paths.some((p) => samePath(p, path))) {
      return undefined;
    }
    return keyFor(t, path);
  }

  /** Every key of a binding. */
  keysOf(t: Tracked): string[] {
    return t.paths.map((p) => keyFor(t, p));
  }

  /** The keys of `t` under a field path prefix (the path itself included). */
  keysUnder(t: Tracked, prefix: readonly string[]): string[] {
    return t.paths.filter((p) => startsWith(p, prefix)).map((p) => keyFor(t, p));
  }

  /** The tracked binding and path behind a key. */
  describe(key: string): { tracked: Tracked; path: readonly string[] } | undefined {
    return this.#byKey.get(key);
  }

  /** Whether `origin` makes a value certainly nil: `nil`, `T(nil)`, `(map[K]V)(nil)`. */
  isNil(expr: GoNode | undefined): boolean {
    const e = unparen(expr);
    if (e?.type === 'nil') {
      return true;
    }
    if (e?.type === 'type_conversion_expression') {
      return this.isNil(e.child('operand'));
    }
    const conversion = callee(e);
    if (e?.type === 'call_expression' && conversion?.qualifier === undefined) {
      // T(nil) where T is a map type of this package (a local T would shadow it).
      const fn = unparen(e.child('function'));
      const args = callArguments(e);
      return (
        fn !== undefined &&
        this.binding(fn) === undefined &&
        this.#ctx.index.isType(conversion?.name ?? '') &&
        args.length === 1 &&
        this.isNil(args[0])
      );
    }
    return false;
  }

  /**
   * The keys a value makes certainly nil when assigned to binding `t` (as a whole):
   * a nil map, a zero struct, a keyed literal leaving map fields out, new(S).
   */
  originsOfValue(t: Tracked, value: GoNode | 'zero', origin: GoNode): Map<string, Origin> {
    const out = new Map<string, Origin>();
    if (value === 'zero') {
      for (const p of t.paths) {
        out.set(keyFor(t, p), { node: origin, why: p.length === 0 ? 'zero-var' : 'zero-field' });
      }
      return out;
    }
    if (t.shape === 'map') {
      if (this.isNil(value)) {
        out.set(keyFor(t, []), { node: origin, why: 'nil-value' });
      }
      return out;
    }
    const literal = structLiteral(value);
    if (literal === undefined) {
      return out;
    }
    const named = literal === 'new' ? new Set<string>() : keyedFields(literal);
    if (named === undefined) {
      return out;
    }
    for (const p of t.paths) {
      if (p[0] !== undefined && !named.has(p[0])) {
        out.set(keyFor(t, p), { node: origin, why: 'zero-field' });
      }
    }
    return out;
  }

  /** Entry state: named results, and captured variables that stay nil for good. */
  entryState(): Map<string, Origin> {
    const state = new Map<string, Origin>();
    const result = this.#fn.child('result');
    if (result?.type === 'parameter_list') {
      for (const decl of result.namedChildren) {
        for (const name of decl.fieldChildren('name')) {
          const t = this.tracked(this.binding(name));
          if (t !== undefined) {
            for (const [k, o] of this.originsOfValue(t, 'zero', name)) {
              state.set(k, { ...o, why: 'named-result' });
            }
          }
        }
      }
    }
    for (const [key, origin] of this.#capturedNil()) {
      state.set(key, origin);
    }
    return state;
  }

  /** Outer-function variables used here that are nil when declared and never changed after. */
  #capturedNil(): Map<string, Origin> {
    const out = new Map<string, Origin>();
    if (this.#fn.type !== 'func_literal') {
      return out;
    }
    const seen = new Set<Binding>();
    this.#fn.walk((n) => {
      if (n.type !== 'identifier') {
        return true;
      }
      const b = this.binding(n);
      if (b === undefined || b.func === this.#fn || seen.has(b) || !this.#fn.contains(n)) {
        return true;
      }
      seen.add(b);
      const t = this.tracked(b);
      if (t === undefined || b.kind === 'param' || b.kind === 'receiver' || b.kind === 'result') {
        return true;
      }
      if (b.uses.every((u) => classifyUse(u) === 'read' || classifyUse(u) === 'field-read')) {
        const init = b.value ?? (b.decl.type === 'var_spec' ? 'zero' : undefined);
        if (init !== undefined) {
          for (const [k, o] of this.originsOfValue(t, init, b.ident)) {
            out.set(k, o);
          }
        }
      }
      return true;
    });
    return out;
  }

  #decide(b: Binding): Tracked | undefined {
    if (b.kind === 'const' || b.uses.some((u) => classifyUse(u) === 'address')) {
      return undefined;
    }
    // Only what can reach a write is followed: asking every variable's type would check
    // every body (a rewrite rule function of cmd/compile assigns thousands).
    this.#reaching ??= reachingWrites(this.#fn, (id) => this.binding(id));
    if (!this.#reaching.has(b)) {
      return undefined;
    }
    const type = this.#ctx.typer.bindingType(b);
    if (asMap(type) !== undefined) {
      return { binding: b, shape: 'map', type, paths: [[]] };
    }
    const u = underlying(type);
    const shape = u.kind === 'pointer' ? 'pointer' : u.kind === 'struct' ? 'struct' : undefined;
    if (shape === undefined) {
      return undefined;
    }
    const paths = mapFieldPaths(u.kind === 'pointer' ? u.elem : u);
    return paths.length === 0 ? undefined : { binding: b, shape, type, paths };
  }
}

function structLiteral(value: GoNode): GoNode | 'new' | undefined {
  let v = unparen(value);
  if (v?.type === 'unary_expression' && v.hasToken('&')) {
    v = unparen(v.child('operand'));
  }
  if (v?.type === 'composite_literal') {
    return v;
  }
  if (callee(v)?.name === 'new' && callee(v)?.qualifier === undefined) {
    return 'new';
  }
  return undefined;
}

/** The field names a keyed struct literal sets; undefined for a positional literal. */
function keyedFields(literal: GoNode): Set<string> | undefined {
  return keyedFieldsIn(literal.child('body'));
}

/** The field names a literal value (`{name: "lint"}`) sets; undefined for a positional one. */
function keyedFieldsIn(body: GoNode | undefined): Set<string> | undefined {
  const elements = body?.namedChildren ?? [];
  const names = new Set<string>();
  for (const el of elements) {
    if (el.type !== 'keyed_element') {
      return undefined;
    }
    const key = el.child('key')?.namedChildren[0];
    if (key?.type === 'identifier') {
      names.add(key.text);
    }
  }
  return names;
}

function keyFor(t: Tracked, path: readonly string[]): string {
  return `${t.binding.ident.start}:${t.binding.name}${path.map((p) => `.${p}`).join('')}`;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((x, i) => path[i] === x);
}

function message(ctx: DeclContext, tracker: Tracker, key: string, origin: Origin): string {
  const found = tracker.describe(key);
  const name = found === undefined ? 'map' : [found.tracked.binding.name, ...found.path].join('.');
  const line = ctx.file.position(origin.node.start).line;
  const mapType = found === undefined ? undefined : mapTypeAt(found.tracked.type, found.path);
  const why = {
    'zero-var': `declared at line ${line} with no value`,
    'nil-value': `set to nil at line ${line}`,
    'named-result':
      found === undefined || found.path.length === 0
        ? 'a named result, nil until assigned'
        : `a field of the named result ${found.tracked.binding.name}, nil until assigned`,
    'zero-field': `a field left at its zero value by line ${line}`,
    'nil-check': `inside the nil check at line ${line}`,
  }[origin.why];
  const make = mapType === undefined ? 'make(...)' : `make(${typeString(mapType)})`;
  return (
    `assignment to entry in nil map: ${name} is nil on every path here (${why}); ` +
    `this write panics at run time; initialize it first, e.g. ${name} = ${make}`
  );
}

function mapTypeAt(t: GoType, path: readonly string[]): GoType | undefined {
  let cur: GoType | undefined = t;
  for (const f of path) {
    cur = cur === undefined ? undefined : fieldType(cur, f);
  }
  return cur;
}
