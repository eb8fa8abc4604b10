// What names denote: variables, constants, type names, functions, packages, builtins, labels.
// Go: go/types object.go.
import type { FuncDecl, FuncLit, Pos } from '../syntax/ast.ts';
import type { ConstValue } from './constant.ts';
import type { Package } from './package.ts';
import type { Signature, Type } from './types.ts';

interface ObjBase {
  readonly name: string;
  readonly pos: Pos | null;
  /** The package that declares it (null for the universe). */
  readonly pkg: Package | null;
}

export class VarObj implements ObjBase {
  readonly kind = 'Var' as const;
  readonly name: string;
  readonly pos: Pos | null;
  readonly pkg: Package | null;
  type: Type;
  /** A struct field (as opposed to a variable). */
  readonly isField: boolean;
  /** An embedded field. */
  readonly embedded: boolean;
  /** Used (for "declared but not used"). */
  used = false;
  /** Its address is taken, or a closure or goroutine captures it: it lives in a box. */
  boxed = false;
  /** A package-level variable. */
  global = false;
  /** The compiler's name for it. */
  jsName = '';
  constructor(
    name: string,
    pos: Pos | null,
    pkg: Package | null,
    type: Type,
    isField = false,
    embedded = false,
  ) {
    this.name = name;
    this.pos = pos;
    this.pkg = pkg;
    this.type = type;
    this.isField = isField;
    this.embedded = embedded;
  }
}

export class ConstObj implements ObjBase {
  readonly kind = 'Const' as const;
  readonly name: string;
  readonly pos: Pos | null;
  readonly pkg: Package | null;
  type: Type;
  value: ConstValue;
  constructor(name: string, pos: Pos | null, pkg: Package | null, type: Type, value: ConstValue) {
    this.name = name;
    this.pos = pos;
    this.pkg = pkg;
    this.type = type;
    this.value = value;
  }
}

export class TypeName implements ObjBase {
  readonly kind = 'TypeName' as const;
  readonly name: string;
  readonly pos: Pos | null;
  readonly pkg: Package | null;
  type: Type | null;
  /** A type alias (`type A = B`). */
  alias = false;
  /** Declared inside a function: printed with its position-independent name. */
  local = false;
  constructor(name: string, pos: Pos | null, pkg: Package | null, type: Type | null) {
    this.name = name;
    this.pos = pos;
    this.pkg = pkg;
    this.type = type;
  }
}

export class FuncObj implements ObjBase {
  readonly kind = 'Func' as const;
  readonly name: string;
  readonly pos: Pos | null;
  readonly pkg: Package | null;
  type: Signature;
  readonly decl: FuncDecl | null;
  /** For methods: whether the receiver is a pointer. */
  ptrRecv = false;
  /** The compiler's name for it. */
  jsName = '';
  constructor(
    name: string,
    pos: Pos | null,
    pkg: Package | null,
    type: Signature,
    decl: FuncDecl | null,
  ) {
    this.name = name;
    this.pos = pos;
    this.pkg = pkg;
    this.type = type;
    this.decl = decl;
  }

  /** The full name as Go prints it in stack traces: `main.f`, `main.(*T).m`, `main.T.m`. */
  fullName(): string {
    const pkg = this.pkg?.path ?? '';
    const recv = this.type.recv;
    if (recv === null) {
      return `${pkg}.${this.name}`;
    }
    const rt = recv.type;
    const base = rt.kind === 'Pointer' ? rt.elem : rt;
    const tname = base.kind === 'Named' ? base.obj.name : '?';
    return rt.kind === 'Pointer'
      ? `${pkg}.(*${tname}).${this.name}`
      : `${pkg}.${tname}.${this.name}`;
  }
}

export class PkgName implements ObjBase {
  readonly kind = 'PkgName' as const;
  readonly name: string;
  readonly pos: Pos | null;
  readonly pkg: Package | null;
  readonly imported: Package;
  used = false;
  constructor(name: string, pos: Pos | null, pkg: Package | null, imported: Package) {
    this.name = name;
    this.pos = pos;
    this.pkg = pkg;
    this.imported = imported;
  }
}

export class BuiltinObj implements ObjBase {
  readonly kind = 'Builtin' as const;
  readonly name: string;
  readonly pos: Pos | null = null;
  readonly pkg: Package | null = null;
  constructor(name: string) {
    this.name = name;
  }
}

export class NilObj implements ObjBase {
  readonly kind = 'Nil' as const;
  readonly name = 'nil';
  readonly pos: Pos | null = null;
  readonly pkg: Package | null = null;
}

export class LabelObj implements ObjBase {
  readonly kind = 'Label' as const;
  readonly name: string;
  readonly pos: Pos | null;
  readonly pkg: Package | null;
  used = false;
  constructor(name: string, pos: Pos | null, pkg: Package | null) {
    this.name = name;
    this.pos = pos;
    this.pkg = pkg;
  }
}

export type Obj = VarObj | ConstObj | TypeName | FuncObj | PkgName | BuiltinObj | NilObj | LabelObj;

/** A function literal's object-like record (closures have no FuncObj). */
export type FuncNode = FuncDecl | FuncLit;
