/**
 * @mapscope/go-syntax: Go source as mapscope reads it. Parsing with tree-sitter-go's
 * WebAssembly grammar (Node and browsers), Go-style positions and syntax errors, the
 * effective Go language version of each file, and package loading like the go tool's.
 */
export { assert, InternalError } from './assert.ts';
export { GoNode, toGoNode } from './go-node.ts';
export { parseGoFast, parseGoFastDetailed } from './fast-parse.ts';
export type { FastParseFailure } from './fast-parse.ts';
export {
  buildConstraintGoVersion,
  compareGoVersions,
  effectiveGoVersion,
  findBuildConstraint,
  goMinor,
  goModGoVersion,
  parseGoVersion,
} from './go-version.ts';
export type { EffectiveGoVersion, GoVersion, GoVersionSource } from './go-version.ts';
export { LineIndex, utf8Length } from './line-index.ts';
export type { SourcePosition } from './line-index.ts';
export { goodOSArchFile, linuxAmd64, matchFile, matchTag } from './build-context.ts';
export type { BuildContext } from './build-context.ts';
export { isGoSourceName, loadPackages, PackageLoadError } from './load-packages.ts';
export type { GoModule, LoadResult, PackageSource } from './load-packages.ts';
export { GoParser, ParsedFile } from './parser.ts';
export type { GrammarSource, SyntaxError } from './parser.ts';
export {
  basename,
  dirname,
  joinPath,
  normalizePath,
  relativePath,
  resolvePath,
} from './posix-path.ts';
export { MemoryFS } from './source-fs.ts';
export type { DirEntry, SourceFS } from './source-fs.ts';
export type { Node as TsNode, Query, QueryCapture } from 'web-tree-sitter';
export { callArguments, callee, functionsIn, isFunction, unparen } from './tree-helpers.ts';
export type { Callee } from './tree-helpers.ts';
