import { unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { typeString, underlying } from '../go-types.ts';
import type { DeclContext } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { classifyUse } from '../uses.ts';
import { sameExpr, shown } from './wait-group.ts';
import type { WaitGroupCall, WaitGroupMethod } from './wait-group.ts';

/**
 * MH012, WaitGroup copied by value (revive `waitgroup-by-value`, vet `copylocks`): `Done`
 * or `Wait` on a `sync.WaitGroup` reached from a value parameter or value receiver
 * (`wg sync.WaitGroup`, or `s.wg` with `s` a struct passed by value). The callee works on
 * its own copy of the counter. A Done there never decrements the caller's WaitGroup, so
 * the caller's Wait blocks forever; a Wait there waits on a snapshot nobody decrements.
 * Not flagged: a copy the function also calls Add on (it then counts its own goroutines on
 * the copy consistently), a Done and a Wait on the same copy, a copy whose address is taken
 * or that is assigned, and any path through a pointer (`p.wg` with `p *S`).
 */
export function checkCopiedWaitGroup(ctx: DeclContext, wg: WaitGroupCall): void {
  if (wg.pointer || wg.method === 'Add') {
    return;
  }
  const root = copiedRoot(ctx, wg.receiver);
  if (root === undefined) {
    return;
  }
  const methods = methodsOnCopy(root, wg.receiver);
  const other: WaitGroupMethod = wg.method === 'Done' ? 'Wait' : 'Done';
  if (methods === undefined || methods.has('Add') || methods.has(other)) {
    return;
  }
  ctx.report('MH012', wg.call, message(ctx, wg, root));
}

/**
 * The value parameter or receiver whose copy `expr` is part of: `wg` itself, or `s.wg`,
 * `s.a.wg` through struct values only. Through a pointer the storage is shared.
 */
function copiedRoot(ctx: DeclContext, expr: GoNode): Binding | undefined {
  let e = unparen(expr);
  while (e?.type === 'selector_expression') {
    const operand = e.child('operand');
    if (underlying(ctx.typer.typeOf(operand)).kind !== 'struct') {
      return undefined;
    }
    e = unparen(operand);
  }
  const b = e?.type === 'identifier' ? ctx.scopes.resolve(e) : undefined;
  if (b === undefined || (b.kind !== 'param' && b.kind !== 'receiver')) {
    return undefined;
  }
  const declared = underlying(ctx.typer.bindingType(b)).kind;
  return declared === 'struct' || declared === 'qualified' ? b : undefined;
}

/**
 * The WaitGroup methods called on the same path (`wg`, `s.wg`) of the copy, or undefined
 * when the copy is assigned or its address taken (then other code may use it).
 */
function methodsOnCopy(root: Binding, path: GoNode): Set<string> | undefined {
  const methods = new Set<string>();
  for (const use of root.uses) {
    const kind = classifyUse(use);
    if (kind === 'assign' || kind === 'address' || kind === 'field-assign') {
      return undefined;
    }
    let e = use;
    while (
      !sameExpr(e, path) &&
      e.parent?.type === 'selector_expression' &&
      e.field === 'operand'
    ) {
      e = e.parent;
    }
    const selector = e.parent;
    if (sameExpr(e, path) && selector?.type === 'selector_expression' && e.field === 'operand') {
      if (selector.field === 'function' && selector.parent?.type === 'call_expression') {
        methods.add(selector.child('field')?.text ?? '');
      }
    }
  }
  return methods;
}

function message(ctx: DeclContext, wg: WaitGroupCall, root: Binding): string {
  const path = shown(wg.receiver);
  const type = typeString(ctx.typer.bindingType(root));
  const holder = root.kind === 'receiver' ? 'value receiver' : 'value parameter';
  const copy = `${path} belongs to the ${holder} ${root.name} (${type}), a copy of the caller's`;
  const fix =
    root.kind === 'receiver'
      ? `use a pointer receiver (*${type})`
      : `declare the parameter as *${type} and pass a pointer (&${root.name} at the call)`;
  if (wg.method === 'Done') {
    return (
      `${path}.Done() on a WaitGroup passed by value: ${copy}, so this Done never reaches the ` +
      `caller's WaitGroup and the caller's Wait blocks forever ("fatal error: all goroutines ` +
      `are asleep - deadlock!" when nothing else can run); ${fix}`
    );
  }
  return (
    `${path}.Wait() on a WaitGroup passed by value: ${copy}, so the Done calls of the ` +
    `caller's goroutines never reach it and this Wait blocks forever once the count it copied ` +
    `is above zero ("fatal error: all goroutines are asleep - deadlock!" when nothing else can ` +
    `run); ${fix}`
  );
}
