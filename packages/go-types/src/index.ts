// @mapscope/go-types: Go's syntax as a typed tree (converted from go-syntax's), and a type
// checker over it in the manner of go/types: packages, scopes, objects, types, method sets,
// constants. The interpreter compiles what it checks; the analyzer reads its types.
export type * as ast from './syntax/ast.ts';
export {
  convertFile,
  convertTopLevel,
  syntaxKey,
  Unsupported,
  type SyntaxMap,
} from './syntax/convert.ts';
export { sourceFile, withPosition } from './syntax/source.ts';
export {
  Bail,
  BodyErrors,
  Checker,
  checkBodies,
  checkBody,
  type CheckOptions,
  type CompileError,
} from './check/checker.ts';
export { checkBranches } from './check/branches.ts';
export { lookupFieldOrMethod, methodOf, missingMethod } from './check/lookup.ts';
export * from './check/objects.ts';
export { Package } from './check/package.ts';
export { Scope } from './check/scope.ts';
export { signatureString, typeString } from './check/typestring.ts';
export { exprString } from './check/exprstring.ts';
export * from './check/types.ts';
export { anyType, errorType, makeUniverse } from './check/universe.ts';
