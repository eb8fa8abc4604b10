// The interpreter's syntax tree: Go's grammar as go/ast shapes it, built once from the
// tree-sitter tree (see convert.ts). Type expressions are expressions, as in go/ast, because
// the parser cannot always tell `T(x)` from `f(x)` or `a[i]` from `G[T]`; the checker decides.
// The checker annotates nodes in place (the `tv`, `obj` … fields), and the compiler reads them.
import type { Selection } from '../check/lookup.ts';
import type { Obj, VarObj } from '../check/objects.ts';
import type { TypeAndValue } from '../check/operand.ts';
import type { Scope } from '../check/scope.ts';
import type { Signature, Type } from '../check/types.ts';

/** A position: the file and the UTF-16 offset in its source. */
export interface Pos {
  readonly file: SourceFile;
  readonly offset: number;
}

/** A source file of the program. */
export interface SourceFile {
  /** The path as Go prints it in errors (`./main.go`). */
  readonly path: string;
  readonly source: string;
  /** Line and byte column (1-based) of an offset. */
  position(offset: number): { readonly line: number; readonly column: number };
}

interface NodeBase {
  readonly pos: Pos;
}

// ---- expressions ---------------------------------------------------------------------------

export interface Ident extends NodeBase {
  readonly kind: 'Ident';
  readonly name: string;
  /** What the name denotes (set by the checker). */
  obj?: Obj;
  tv?: TypeAndValue;
}

export interface BasicLit extends NodeBase {
  readonly kind: 'BasicLit';
  readonly lit: 'int' | 'float' | 'imag' | 'char' | 'string';
  /** The literal as written. */
  readonly raw: string;
  tv?: TypeAndValue;
}

export interface CompositeLit extends NodeBase {
  readonly kind: 'CompositeLit';
  /** The type, or null for an elided type inside an outer literal. */
  readonly type: Expr | null;
  readonly elts: readonly Element[];
  tv?: TypeAndValue;
}

/** An element of a composite literal: `value` or `key: value`. */
export interface Element {
  readonly key: Expr | null;
  readonly value: Expr;
}

export interface FuncLit extends NodeBase {
  readonly kind: 'FuncLit';
  readonly type: FuncTypeExpr;
  readonly body: BlockStmt;
  tv?: TypeAndValue;
  /** The function's own information (set by the checker). */
  info?: FuncInfo;
}

export interface ParenExpr extends NodeBase {
  readonly kind: 'ParenExpr';
  readonly x: Expr;
  tv?: TypeAndValue;
}

export interface SelectorExpr extends NodeBase {
  readonly kind: 'SelectorExpr';
  readonly x: Expr;
  readonly sel: Ident;
  tv?: TypeAndValue;
  /** How the selector resolved (set by the checker). */
  selection?: Selection;
}

export interface IndexExpr extends NodeBase {
  readonly kind: 'IndexExpr';
  readonly x: Expr;
  /** One index, or several type arguments (`F[int, string]`). */
  readonly indices: readonly Expr[];
  tv?: TypeAndValue;
}

export interface SliceExpr extends NodeBase {
  readonly kind: 'SliceExpr';
  readonly x: Expr;
  readonly low: Expr | null;
  readonly high: Expr | null;
  readonly max: Expr | null;
  readonly slice3: boolean;
  tv?: TypeAndValue;
}

export interface TypeAssertExpr extends NodeBase {
  readonly kind: 'TypeAssertExpr';
  readonly x: Expr;
  /** null for `x.(type)` in a type switch. */
  readonly type: Expr | null;
  tv?: TypeAndValue;
}

export interface CallExpr extends NodeBase {
  readonly kind: 'CallExpr';
  readonly fun: Expr;
  readonly args: readonly Expr[];
  /** `f(xs...)` */
  readonly ellipsis: boolean;
  /** The position of the closing parenthesis (Go reports some call errors there). */
  readonly rparen: Pos;
  /** The position of the opening parenthesis (Go's position of a call). */
  readonly lparen?: Pos;
  tv?: TypeAndValue;
  /** What kind of call the checker found. */
  call?: CallInfo;
}

export interface StarExpr extends NodeBase {
  readonly kind: 'StarExpr';
  readonly x: Expr;
  tv?: TypeAndValue;
}

export interface UnaryExpr extends NodeBase {
  readonly kind: 'UnaryExpr';
  readonly op: '+' | '-' | '!' | '^' | '&' | '<-';
  readonly x: Expr;
  tv?: TypeAndValue;
}

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '&'
  | '|'
  | '^'
  | '<<'
  | '>>'
  | '&^'
  | '&&'
  | '||'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>=';

export interface BinaryExpr extends NodeBase {
  readonly kind: 'BinaryExpr';
  readonly op: BinaryOp;
  readonly x: Expr;
  readonly y: Expr;
  /** The operator's position (Go reports mismatched operands there). */
  readonly opPos: Pos;
  tv?: TypeAndValue;
}

export interface KeyValueExpr extends NodeBase {
  readonly kind: 'KeyValueExpr';
  readonly key: Expr;
  readonly value: Expr;
  tv?: TypeAndValue;
}

// ---- type expressions ------------------------------------------------------------------------

export interface ArrayTypeExpr extends NodeBase {
  readonly kind: 'ArrayType';
  /** null for a slice type; 'ellipsis' for `[...]T`. */
  readonly len: Expr | 'ellipsis' | null;
  readonly elem: Expr;
  tv?: TypeAndValue;
}

export interface MapTypeExpr extends NodeBase {
  readonly kind: 'MapType';
  readonly key: Expr;
  readonly value: Expr;
  tv?: TypeAndValue;
}

export interface ChanTypeExpr extends NodeBase {
  readonly kind: 'ChanType';
  readonly dir: 'both' | 'send' | 'recv';
  readonly value: Expr;
  tv?: TypeAndValue;
}

export interface Field {
  readonly pos: Pos;
  /** Empty for an anonymous parameter or an embedded field. */
  readonly names: readonly Ident[];
  readonly type: Expr;
  readonly variadic: boolean;
  readonly tag: string | null;
}

export interface StructTypeExpr extends NodeBase {
  readonly kind: 'StructType';
  readonly fields: readonly Field[];
  tv?: TypeAndValue;
}

export interface FuncTypeExpr extends NodeBase {
  readonly kind: 'FuncType';
  readonly typeParams: readonly Field[];
  readonly params: readonly Field[];
  readonly results: readonly Field[];
  tv?: TypeAndValue;
}

/** An interface element: a method, an embedded interface, or a type set term list. */
export type InterfaceElem =
  | { readonly kind: 'method'; readonly name: Ident; readonly type: FuncTypeExpr }
  | { readonly kind: 'embed'; readonly terms: readonly TypeTerm[]; readonly pos: Pos };

/** `T` or `~T` in a union. */
export interface TypeTerm {
  readonly tilde: boolean;
  readonly type: Expr;
}

export interface InterfaceTypeExpr extends NodeBase {
  readonly kind: 'InterfaceType';
  readonly elems: readonly InterfaceElem[];
  tv?: TypeAndValue;
}

/** `~T` or `A | B` where a constraint is written inline (`[T ~int | string]`). */
export interface ConstraintExpr extends NodeBase {
  readonly kind: 'Constraint';
  readonly terms: readonly TypeTerm[];
  tv?: TypeAndValue;
}

export interface BadExpr extends NodeBase {
  readonly kind: 'BadExpr';
  tv?: TypeAndValue;
}

export type Expr =
  | Ident
  | BasicLit
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayTypeExpr
  | MapTypeExpr
  | ChanTypeExpr
  | StructTypeExpr
  | FuncTypeExpr
  | InterfaceTypeExpr
  | ConstraintExpr
  | BadExpr;

// ---- statements ------------------------------------------------------------------------------

export interface DeclStmt extends NodeBase {
  readonly kind: 'DeclStmt';
  readonly decl: GenDecl;
}

export interface EmptyStmt extends NodeBase {
  readonly kind: 'EmptyStmt';
}

export interface LabeledStmt extends NodeBase {
  readonly kind: 'LabeledStmt';
  readonly label: Ident;
  readonly stmt: Stmt;
  /** A goto statement jumps here (set by the checker). */
  gotoTarget?: boolean;
}

export interface ExprStmt extends NodeBase {
  readonly kind: 'ExprStmt';
  readonly x: Expr;
}

export interface SendStmt extends NodeBase {
  readonly kind: 'SendStmt';
  readonly chan: Expr;
  readonly value: Expr;
}

export interface IncDecStmt extends NodeBase {
  readonly kind: 'IncDecStmt';
  readonly x: Expr;
  readonly inc: boolean;
}

export interface AssignStmt extends NodeBase {
  readonly kind: 'AssignStmt';
  readonly lhs: readonly Expr[];
  /** `=`, `:=`, or an operator assignment such as `+=`. */
  readonly op: string;
  readonly rhs: readonly Expr[];
  /** Where the operator is (Go positions an assignment there). */
  readonly opPos?: Pos;
  /** For `:=`: which left-hand names are new (set by the checker). */
  defines?: boolean[];
}

export interface GoStmt extends NodeBase {
  readonly kind: 'GoStmt';
  readonly call: Expr;
}

export interface DeferStmt extends NodeBase {
  readonly kind: 'DeferStmt';
  readonly call: Expr;
}

export interface ReturnStmt extends NodeBase {
  readonly kind: 'ReturnStmt';
  readonly results: readonly Expr[];
}

export interface BranchStmt extends NodeBase {
  readonly kind: 'BranchStmt';
  readonly tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  readonly label: Ident | null;
  /** The statement it leaves or continues (set by the checker). */
  target?: Stmt;
}

export interface BlockStmt extends NodeBase {
  readonly kind: 'BlockStmt';
  readonly list: readonly Stmt[];
  /** The closing brace (Go reports a missing return there). */
  readonly rbrace: Pos;
}

export interface IfStmt extends NodeBase {
  readonly kind: 'IfStmt';
  readonly init: Stmt | null;
  readonly cond: Expr;
  readonly body: BlockStmt;
  readonly else_: Stmt | null;
}

export interface CaseClause extends NodeBase {
  /** null for `default`. */
  readonly list: readonly Expr[] | null;
  readonly body: readonly Stmt[];
  /** Type switches: the clause's own variable (set by the checker). */
  implicit?: Obj;
}

export interface SwitchStmt extends NodeBase {
  readonly kind: 'SwitchStmt';
  readonly init: Stmt | null;
  readonly tag: Expr | null;
  readonly clauses: readonly CaseClause[];
}

export interface TypeSwitchStmt extends NodeBase {
  readonly kind: 'TypeSwitchStmt';
  readonly init: Stmt | null;
  /** The symbol of `v := x.(type)`, or null. */
  readonly binding: Ident | null;
  readonly x: Expr;
  readonly clauses: readonly CaseClause[];
}

export interface CommClause extends NodeBase {
  /** The send or receive statement; null for `default`. */
  readonly comm: Stmt | null;
  readonly body: readonly Stmt[];
}

export interface SelectStmt extends NodeBase {
  readonly kind: 'SelectStmt';
  readonly clauses: readonly CommClause[];
}

export interface ForStmt extends NodeBase {
  readonly kind: 'ForStmt';
  readonly init: Stmt | null;
  readonly cond: Expr | null;
  readonly post: Stmt | null;
  readonly body: BlockStmt;
  /** Loop variables are per iteration (go1.22 and later; set by the checker). */
  perIteration?: boolean;
}

export interface RangeStmt extends NodeBase {
  readonly kind: 'RangeStmt';
  readonly key: Expr | null;
  readonly value: Expr | null;
  /** `:=` (true) or `=` (false). */
  readonly define: boolean;
  readonly x: Expr;
  readonly body: BlockStmt;
  perIteration?: boolean;
  /** Ranging over an iterator function (go1.23): the body is its yield function (checker). */
  rangeFunc?: boolean;
}

export type Stmt =
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---- declarations ----------------------------------------------------------------------------

export interface ImportSpec {
  readonly pos: Pos;
  readonly name: Ident | null;
  readonly path: string;
}

export interface ValueSpec {
  readonly pos: Pos;
  readonly names: readonly Ident[];
  readonly type: Expr | null;
  readonly values: readonly Expr[];
  /** For constants: the spec's index in its group (iota). */
  readonly iota: number;
}

export interface TypeSpec {
  readonly pos: Pos;
  readonly name: Ident;
  readonly typeParams: readonly Field[];
  readonly alias: boolean;
  readonly type: Expr;
}

export interface GenDecl {
  readonly pos: Pos;
  readonly tok: 'import' | 'const' | 'var' | 'type';
  readonly imports: readonly ImportSpec[];
  readonly values: readonly ValueSpec[];
  readonly types: readonly TypeSpec[];
}

export interface FuncDecl {
  readonly pos: Pos;
  readonly recv: Field | null;
  readonly name: Ident;
  readonly type: FuncTypeExpr;
  /** null for a function implemented natively (a declaration without a body). */
  readonly body: BlockStmt | null;
  info?: FuncInfo;
}

export interface File {
  readonly source: SourceFile;
  readonly packageName: Ident;
  readonly imports: readonly ImportSpec[];
  readonly decls: readonly (GenDecl | FuncDecl)[];
  /** Set by the checker: the file's scope (its imports). */
  scope?: Scope;
}

/** What the checker records about a function body for the compiler. */
export interface FuncInfo {
  /** The function's signature. */
  readonly sig: Signature;
  /** Whether the body contains defer (needs a frame that runs deferred calls). */
  hasDefer: boolean;
  /** Whether recover() is called directly in this function. */
  callsRecover: boolean;
  /** Named result variables, or the unnamed ones' placeholders, in order. */
  results: VarObj[];
  params: VarObj[];
  /** The receiver variable of a method. */
  recv: VarObj | null;
  /** Labels used by goto (the body must be compiled as a state machine). */
  hasGoto: boolean;
}

/** What kind of call a CallExpr is (set by the checker). */
export type CallInfo =
  | { readonly kind: 'conversion' }
  | { readonly kind: 'builtin'; readonly name: string }
  | {
      readonly kind: 'call';
      /** Type arguments of a generic callee, after inference. */
      readonly typeArgs: readonly Type[] | null;
    };
