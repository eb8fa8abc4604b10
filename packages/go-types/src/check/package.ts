// A package being checked or already checked.
import type { Expr, File } from '../syntax/ast.ts';
import type { FuncObj, VarObj } from './objects.ts';
import { Scope } from './scope.ts';

export class Package {
  readonly path: string;
  readonly name: string;
  readonly scope: Scope;
  readonly files: File[];
  /** Package-level variables in initialization order (set by the checker). */
  readonly varInit: {
    readonly lhs: readonly VarObj[];
    readonly rhs: Expr | null;
    readonly rhsList: readonly Expr[];
  }[] = [];
  /** The package's init functions, in source order. */
  readonly inits: FuncObj[] = [];
  /** Every function and method declared, for the compiler. */
  readonly funcs: FuncObj[] = [];
  /** Packages this one imports. */
  readonly imports: Package[] = [];
  /** A package of the standard library (its body-less functions are native). */
  readonly std: boolean;

  constructor(path: string, name: string, files: File[], universe: Scope, std: boolean) {
    this.path = path;
    this.name = name;
    this.files = files;
    this.scope = new Scope(universe);
    this.std = std;
  }
}
