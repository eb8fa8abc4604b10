// The checker's shared state and the operations its parts call on each other. The checker is
// split by subject: base (this), expr.ts (expressions), stmt.ts (statements), checker.ts
// (declarations, types, functions).
import { InvariantError } from '@mapscope/runtime-core';
import type * as A from '../syntax/ast.ts';
import type { ConstValue } from './constant.ts';
import type { FuncObj, LabelObj, Obj, TypeName, VarObj } from './objects.ts';
import type { Package } from './package.ts';
import type { Scope } from './scope.ts';
import type { Named, Signature, Type, TypeParam } from './types.ts';

/** The running function's context (see checker.ts). */
export interface FuncCtx {
  readonly sig: Signature;
  readonly info: A.FuncInfo;
  readonly outer: FuncCtx | null;
  readonly scope: Scope;
}

/** Loads an imported package (checked), or reports and returns null. */
export type Importer = (path: string, pos: A.Pos) => Package | null;

/**
 * For a part of the syntax tree that the parser or an earlier check guarantees
 * (`e.args[0] ?? absent('the argument of a conversion')`): its absence is a bug in mapscope.
 */
export function absent(what: string): never {
  throw new InvariantError(`${what} is missing`);
}

/** Thrown to abandon an expression or statement after its error was reported. */
export class Bail extends Error {
  override name = 'Bail';

  constructor() {
    // Thrown at every error the checker gives up on (code with missing imports has many):
    // no stack trace to capture, which would cost more than the rest of the throw.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super('the checker gave up on this part');
    Error.stackTraceLimit = limit;
  }
}

export abstract class CheckerBase {
  readonly pkg: Package;
  readonly goMinor: number;
  /**
   * Function bodies are checked when first needed (checkBody), not with the package: the
   * standard library's, and a package only some of whose functions a tool reads.
   */
  readonly lazyBodies: boolean;
  /** Checked for a tool that reads its types (CheckOptions.lazyBodies): it never runs. */
  readonly forTool: boolean;
  /** The value of iota inside a constant declaration. */
  iota: bigint | null = null;
  importer: Importer = () => null;

  constructor(pkg: Package, opts: { readonly goMinor: number; readonly lazyBodies?: boolean }) {
    this.pkg = pkg;
    this.goMinor = opts.goMinor;
    this.lazyBodies = pkg.std || opts.lazyBodies === true;
    this.forTool = opts.lazyBodies === true;
  }

  abstract error(pos: A.Pos, message: string, soft?: boolean): void;
  abstract fail(pos: A.Pos, message: string): never;
  abstract resolve(obj: Obj): void;
  abstract typExpr(e: A.Expr, scope: Scope, def?: Named | null, constraintOk?: boolean): Type;
  abstract signature(
    e: A.FuncTypeExpr,
    scope: Scope,
    declScope: Scope | null,
    recv?: VarObj | null,
    typeParams?: TypeParam[],
  ): { sig: Signature; params: VarObj[]; results: VarObj[] };
  abstract funcBody(info: A.FuncInfo, scope: Scope, body: A.BlockStmt, outer: FuncCtx | null): void;
  abstract declareLocal(v: VarObj): void;
  abstract literalValue(e: A.BasicLit): [ConstValue, Type];
  abstract posString(p: A.Pos | null): string;
  abstract varSpec(vars: readonly VarObj[], spec: A.ValueSpec, scope: Scope): readonly A.Expr[];
  abstract initVars(
    vars: readonly VarObj[],
    values: readonly A.Expr[],
    scope: Scope,
    declared: Type | null,
    pos: A.Pos,
    context: string,
  ): void;
  abstract typeDecl(o: TypeName, spec: A.TypeSpec, scope: Scope): void;
  abstract get func(): FuncCtx | null;
  abstract labels: Map<string, { obj: LabelObj; stmt: A.LabeledStmt }>;
  abstract verifyTypeArgs(
    pos: A.Pos,
    tps: readonly TypeParam[],
    args: readonly Type[],
    xlist?: readonly A.Expr[],
  ): void;
  abstract methodSetHas(t: Type, m: FuncObj): boolean;
}
