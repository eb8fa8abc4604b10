import { callArguments, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap } from '../go-types.ts';
import type { GoType } from '../go-types.ts';
import { perIteration } from '../loop-semantics.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import { versionPhrase } from '../version-phrase.ts';
import { lockTypesOf } from './lock-types.ts';
import type { LockTypes } from './lock-types.ts';

/**
 * MH010 lock-copied-by-value: a value holding a lock (sync.Mutex, RWMutex, WaitGroup, Once,
 * Cond, Map, Pool, Go 1.19's atomic.Int64 and kin, or a struct or array of the package with
 * one inside, see lock-types.ts) is copied. The copy has its own lock state, so code that
 * locks or waits on it is not synchronized with code using the original. Flagged where go
 * vet's copylocks flags (Go: x/tools/go/analysis/passes/copylock/copylock.go, with its
 * wording): value receivers and parameters (a type parameter's by its constraint's terms),
 * `=`/`:=` and `var` from an existing value, range variables, call arguments, returned
 * values and composite-literal elements, and from go1.22 a three-clause loop's `:=`
 * variables, which each iteration copies.
 * Not flagged, as in vet: composite literals, calls and `*call()` as sources (a fresh zero
 * value), `new`, `len`, `cap` and unsafe.Sizeof arguments, pointers; unlike vet, a copy
 * assigned to `_`, and anything whose type the package's syntax does not show.
 */
export const lockCopiedByValue: Rule = {
  id: 'MH010',
  // A lock type may be declared in another file of the package: no file can be ruled out.
  mayConcern: () => true,
  wants: (c: Candidates) => c.has('locktype'),
  check(ctx: DeclContext): void {
    if (shadowsPackageType(ctx)) {
      return;
    }
    const c: Checker = { ctx, locks: lockTypesOf(ctx.index) };
    ctx.decl.walk((n) => {
      visit(c, n);
      return true;
    });
  },
};

interface Checker {
  readonly ctx: DeclContext;
  readonly locks: LockTypes;
}

function visit(c: Checker, n: GoNode): void {
  switch (n.type) {
    case 'function_declaration':
    case 'method_declaration':
    case 'func_literal':
      checkSignature(c, n);
      return;
    case 'short_var_declaration':
    case 'receive_statement':
      checkAssignment(c, n);
      return;
    case 'assignment_statement':
      if (n.child('operator')?.type === '=') {
        checkAssignment(c, n);
      }
      return;
    case 'var_spec':
      checkVarSpec(c, n);
      return;
    case 'range_clause':
      checkRange(c, n);
      return;
    case 'call_expression':
      checkCall(c, n);
      return;
    case 'return_statement':
      checkReturn(c, n);
      return;
    case 'literal_value':
      checkLiteral(c, n);
      return;
    default:
      return;
  }
}

/**
 * A type parameter or a type declared inside the function that has the name of a package
 * type: the package index would give the wrong type for it, so the declaration is skipped.
 */
function shadowsPackageType(ctx: DeclContext): boolean {
  if (ctx.decl.type === 'type_declaration') {
    return false;
  }
  let shadows = false;
  ctx.decl.walk((n) => {
    if (shadows) {
      return false;
    }
    let names: GoNode[] = [];
    if (
      n.type === 'type_parameter_declaration' ||
      n.type === 'type_spec' ||
      n.type === 'type_alias'
    ) {
      names = n.fieldChildren('name');
    } else if (n.type === 'type_arguments' && n.ancestor('parameter_list')?.field === 'receiver') {
      names = n.namedChildren.flatMap((e) => e.namedChildren);
    }
    shadows = names.some((name) => ctx.index.isType(name.text));
    return true;
  });
  return shadows;
}

/** vet's checkCopyLocksFunc: the receiver and each parameter passed by value. */
function checkSignature(c: Checker, fn: GoNode): void {
  if (fn.type === 'method_declaration') {
    const recv = fn
      .child('receiver')
      ?.namedChildren.find((p) => p.type === 'parameter_declaration');
    if (recv !== undefined) {
      checkParameter(c, fn, recv, 'receiver');
    }
  }
  for (const p of fn.child('parameters')?.namedChildren ?? []) {
    if (p.type === 'parameter_declaration') {
      checkParameter(c, fn, p, 'parameter');
    }
  }
}

function checkParameter(
  c: Checker,
  fn: GoNode,
  param: GoNode,
  role: 'receiver' | 'parameter',
): void {
  const fnName = fn.type === 'func_literal' ? 'func' : (fn.child('name')?.text ?? 'func');
  const typeNode = param.child('type');
  const path =
    c.locks.pathOf(c.ctx.typer.typeFromSyntax(typeNode), c.ctx.file.path, c.ctx.file.path) ??
    typeParameterLockPath(c, fn, typeNode);
  if (typeNode === undefined || path === undefined) {
    return;
  }
  const names = param.fieldChildren('name').map((n) => n.text);
  const who =
    names.length === 0
      ? `the ${role}`
      : `${role}${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
  const fix =
    role === 'receiver'
      ? `use a pointer receiver (*${typeNode.text})`
      : `pass a pointer (*${typeNode.text}) instead`;
  c.ctx.report(
    'MH010',
    typeNode,
    `${fnName} passes lock by value: ${pathText(path)}; ${who} ${names.length > 1 ? 'are copies' : 'is a copy'}: ${effect(path)}; ${fix}`,
  );
}

/**
 * vet's lockPath for a type parameter of `fn` used as a parameter's type: the parameter holds
 * a lock when a term of the constraint does (`S ~struct{ mu sync.Mutex }`, `M sync.Mutex`,
 * `U int | T`, `interface{ ~struct{…}; M() }`), with `~` kept in the path as vet prints it.
 * An interface constraint with more than one type element (an intersection) is not read.
 */
function typeParameterLockPath(
  c: Checker,
  fn: GoNode,
  typeNode: GoNode | undefined,
): readonly string[] | undefined {
  if (typeNode?.type !== 'type_identifier') {
    return undefined;
  }
  const decl = fn
    .child('type_parameters')
    ?.namedChildren.find((d) => d.fieldChildren('name').some((n) => n.text === typeNode.text));
  const constraint = decl?.child('type');
  let terms = constraint?.namedChildren ?? [];
  if (terms.length === 1 && terms[0]?.type === 'interface_type') {
    const elems = terms[0].namedChildren.filter((e) => e.type === 'type_elem');
    terms = elems.length === 1 ? (elems[0]?.namedChildren ?? []) : [];
  }
  for (const term of terms) {
    const tilde = term.type === 'negated_type';
    const t = c.ctx.typer.typeFromSyntax(tilde ? term.namedChildren[0] : term);
    const [first, ...rest] = c.locks.pathOf(t, c.ctx.file.path, c.ctx.file.path) ?? [];
    if (first !== undefined) {
      return [typeNode.text, tilde ? `~${first}` : first, ...rest];
    }
  }
  return undefined;
}

/** vet's checkCopyLocksAssign: `a = b`, `a := *p`, `v, ok := m[k]`, `case v := <-ch`. */
function checkAssignment(c: Checker, stmt: GoNode): void {
  const left = stmt.child('left')?.namedChildren ?? [];
  const rhs = stmt.child('right');
  const right =
    rhs?.type === 'expression_list' ? rhs.namedChildren : rhs === undefined ? [] : [rhs];
  let reported = false;
  for (const [i, value] of right.entries()) {
    const target =
      left.length === right.length ? left[i] : right.length === 1 ? left[0] : undefined;
    const path = target?.text === '_' ? undefined : copiedLockPath(c, value);
    if (target !== undefined && path !== undefined) {
      reported = true;
      c.ctx.report(
        'MH010',
        value,
        `assignment copies lock value to ${target.text}: ${pathText(path)}; ${target.text} gets a copy: ` +
          `${effect(path)}; ${pointerFix(c, value)}`,
      );
    }
  }
  // As vet, one report per statement: a copy reported above is not reported again below.
  const isLoopInit = stmt.field === 'initializer' && stmt.parent?.type === 'for_clause';
  if (!reported && isLoopInit && stmt.type === 'short_var_declaration') {
    checkIterationCopies(c, left);
  }
}

/**
 * vet's check of a three-clause loop's `:=` variables from go1.22: each iteration has its
 * own variables, made as copies of the previous iteration's (Go spec, "For statements with
 * for clause"), so a variable holding a lock is copied every time round.
 */
function checkIterationCopies(c: Checker, vars: readonly GoNode[]): void {
  if (!perIteration(c.ctx.version)) {
    return;
  }
  for (const v of vars) {
    const binding = v.type === 'identifier' ? c.ctx.scopes.resolve(v) : undefined;
    const t = binding === undefined ? undefined : c.ctx.typer.bindingType(binding);
    const path = t === undefined ? undefined : c.locks.pathOf(t, undefined, c.ctx.file.path);
    if (path !== undefined) {
      c.ctx.report(
        'MH010',
        v,
        `for loop iteration copies lock value to ${v.text}: ${pathText(path)}; from go1.22 each ` +
          `iteration starts with a copy of the previous iteration's ${v.text} ` +
          `(${versionPhrase(c.ctx.version)}): ${effect(path)}; declare it before the loop, or ` +
          `make the loop variable a pointer`,
      );
    }
  }
}

/** vet's checkCopyLocksGenDecl: `var a = b`, `var a T = *p`. */
function checkVarSpec(c: Checker, spec: GoNode): void {
  const names = spec.fieldChildren('name');
  const values = spec.child('value')?.namedChildren ?? [];
  if (names.length !== values.length) {
    return;
  }
  values.forEach((value, i) => {
    const name = names[i]?.text ?? '_';
    const path = name === '_' ? undefined : copiedLockPath(c, value);
    if (path !== undefined) {
      c.ctx.report(
        'MH010',
        value,
        `variable declaration copies lock value to ${name}: ${pathText(path)}; ${name} gets a copy: ` +
          `${effect(path)}; ${pointerFix(c, value)}`,
      );
    }
  });
}

/** vet's checkCopyLocksRange: each range variable receives a copy of an element. */
function checkRange(c: Checker, clause: GoNode): void {
  const define = clause.hasToken(':=');
  for (const v of clause.child('left')?.namedChildren ?? []) {
    if (v.text === '_' || (define && v.type !== 'identifier')) {
      continue;
    }
    const binding = define ? c.ctx.scopes.resolve(v) : undefined;
    const t = binding === undefined ? c.ctx.typer.typeOf(v) : c.ctx.typer.bindingType(binding);
    const path =
      define && binding === undefined ? undefined : c.locks.pathOf(t, undefined, c.ctx.file.path);
    if (path !== undefined) {
      c.ctx.report(
        'MH010',
        v,
        `range var ${v.text} copies lock: ${pathText(path)}; each iteration copies an element into ` +
          `${v.text}: ${effect(path)}; range over the indexes and use a pointer (&s[i]), or keep pointers in the collection`,
      );
    }
  }
}

/** vet's checkCopyLocksCallExpr: each argument passed by value. */
function checkCall(c: Checker, call: GoNode): void {
  const fn = unparen(call.child('function'));
  if (fn === undefined || isExemptCallee(c, fn)) {
    return;
  }
  const callName =
    fn.type === 'func_literal'
      ? 'the func literal'
      : fn.text.length <= 40 && !fn.text.includes('\n')
        ? fn.text
        : 'the function';
  for (const arg of callArguments(call)) {
    const path = copiedLockPath(c, arg);
    if (path !== undefined) {
      c.ctx.report(
        'MH010',
        arg,
        `call of ${callName} copies lock value: ${pathText(path)}; ${callName} receives a copy of ` +
          `${arg.text}: ${effect(path)}; ${pointerFix(c, arg)}`,
      );
    }
  }
}

const EXEMPT_BUILTINS = new Set(['new', 'len', 'cap', 'make']);
const EXEMPT_UNSAFE = new Set(['Sizeof', 'Offsetof', 'Alignof']);

/** Builtins that do not copy their argument (vet's list), and unsafe's, even dot-imported. */
function isExemptCallee(c: Checker, fn: GoNode): boolean {
  const global = (ident: GoNode | undefined): boolean =>
    ident?.type === 'identifier' &&
    c.ctx.scopes.resolve(ident) === undefined &&
    c.ctx.index.global(ident.text) === undefined &&
    c.ctx.index.funcResults(ident.text) === undefined;
  if (fn.type === 'identifier') {
    return global(fn) && (EXEMPT_BUILTINS.has(fn.text) || EXEMPT_UNSAFE.has(fn.text));
  }
  if (fn.type === 'selector_expression') {
    return global(fn.child('operand')) && EXEMPT_UNSAFE.has(fn.child('field')?.text ?? '');
  }
  return false;
}

/** vet's checkCopyLocksReturnStmt. */
function checkReturn(c: Checker, ret: GoNode): void {
  const results = ret.namedChildren.flatMap((e) =>
    e.type === 'expression_list' ? e.namedChildren : [e],
  );
  for (const x of results) {
    const path = copiedLockPath(c, x);
    if (path !== undefined) {
      c.ctx.report(
        'MH010',
        x,
        `return copies lock value: ${pathText(path)}; the caller gets a copy of ${x.text}: ` +
          `${effect(path)}; return a pointer instead`,
      );
    }
  }
}

/** vet's checkCopyLocksCompositeLit: `T{mu: other.mu}`, `[]T{t}`, `map[K]T{k: t}`. */
function checkLiteral(c: Checker, body: GoNode): void {
  for (const el of body.namedChildren) {
    const holder = el.type === 'keyed_element' ? el.child('value') : el;
    const x = holder?.type === 'literal_element' ? holder.namedChildren[0] : undefined;
    const path = x === undefined ? undefined : copiedLockPath(c, x);
    if (x !== undefined && path !== undefined) {
      c.ctx.report(
        'MH010',
        x,
        `literal copies lock value from ${x.text}: ${pathText(path)}; the literal holds a copy: ` +
          `${effect(path)}; ${pointerFix(c, x)}`,
      );
    }
  }
}

/**
 * vet's lockPathRhs: the lock inside a value that an expression copies. Only expressions
 * that read an existing variable count; a composite literal, a call (a conversion too) or
 * `*f()` gives a fresh value, and anything else is not a lock.
 */
function copiedLockPath(c: Checker, expr: GoNode): readonly string[] | undefined {
  const e = unparen(expr);
  switch (e?.type) {
    case 'identifier':
    case 'selector_expression':
    case 'index_expression':
    case 'type_assertion_expression':
      break;
    case 'unary_expression':
      if (e.hasToken('*') ? isCall(unparen(e.child('operand'))) : !e.hasToken('<-')) {
        return undefined;
      }
      break;
    default:
      return undefined;
  }
  const field = e.type === 'selector_expression' ? selectedField(c, e) : undefined;
  return c.locks.pathOf(field?.type ?? c.ctx.typer.typeOf(e), field?.file, c.ctx.file.path);
}

/**
 * A call, or what syntax cannot tell from one: `newBase[int](1)` reads as a conversion to a
 * generic type until the types are known.
 */
function isCall(e: GoNode | undefined): boolean {
  return e?.type === 'call_expression' || e?.type === 'type_conversion_expression';
}

/**
 * A field selected directly from a package struct type: its type was spelled in the file
 * declaring the struct, and for a struct declared once per platform it is the linux/amd64
 * declaration's (the index may have read another).
 */
function selectedField(
  c: Checker,
  e: GoNode,
): { readonly type: GoType | undefined; readonly file: string | undefined } | undefined {
  let owner = c.ctx.typer.typeOf(e.child('operand'));
  if (owner.kind === 'pointer') {
    owner = owner.elem;
  }
  if (owner.kind !== 'named') {
    return undefined;
  }
  const field = e.child('field')?.text ?? '';
  const platform = c.locks.platformFieldType(owner.name, field, c.ctx.file.path);
  if (platform !== undefined) {
    return { type: platform, file: undefined };
  }
  const u = owner.underlying();
  const direct = u.kind === 'struct' && u.fields.has(field);
  return { type: undefined, file: direct ? c.locks.declaringFile(owner.name) : undefined };
}

function pathText(path: readonly string[]): string {
  return path.join(' contains ');
}

/** What goes wrong at run time, by the first standard-library lock on the path. */
function effect(path: readonly string[]): string {
  const std = path.find((p) => p.startsWith('sync.') || p.startsWith('sync/atomic.'));
  switch (std) {
    case 'sync.Mutex':
    case 'sync.RWMutex':
      return (
        `its ${std} is a separate lock, so locking it does not exclude code holding the ` +
        `original, and a copy taken while the lock is held stays locked`
      );
    case 'sync.WaitGroup':
      return 'its sync.WaitGroup has its own counter, so Wait on one does not wait for Add and Done on the other';
    case 'sync.Once':
      return 'its sync.Once has its own done flag, so the function can run once per copy';
    case 'sync.Cond':
      return (
        'its sync.Cond has its own waiter list, so Signal and Broadcast on one do not wake ' +
        'waiters of the other, and using a copy made after first use panics: "sync.Cond is copied"'
      );
    case 'sync.Map':
      return (
        "its sync.Map shares the original's internal maps but not its mutex, so storing " +
        'through both can crash with "fatal error: concurrent map writes"'
      );
    case 'sync.Pool':
      return "its sync.Pool shares the original's per-P caches but not their bookkeeping, so the two interfere";
    case undefined:
      return `its ${path[path.length - 1] ?? 'lock'} (a type with pointer Lock and Unlock methods, marked not to be copied) has its own lock state`;
    default:
      return `its ${std} is read non-atomically, racing with concurrent updates, and later updates to one are not seen by the other`;
  }
}

function pointerFix(c: Checker, value: GoNode): string {
  const e = unparen(value);
  if (e?.type === 'unary_expression' && e.hasToken('*')) {
    return `keep using the pointer (${e.child('operand')?.text ?? 'p'}) instead of copying what it points to`;
  }
  if (e?.type === 'unary_expression' || e?.type === 'type_assertion_expression') {
    return 'pass pointers through the channel or interface instead';
  }
  if (
    e?.type === 'index_expression' &&
    asMap(c.ctx.typer.typeOf(e.child('operand'))) !== undefined
  ) {
    // Map elements are not addressable: &m[k] does not compile.
    return 'keep pointers in the map (map[K]*T) instead';
  }
  return `share it through a pointer (&${value.text}) instead`;
}
