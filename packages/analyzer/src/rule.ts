import type { EffectiveGoVersion, GoNode, ParsedFile } from '@mapscope/go-syntax';
import type { PackageIndex } from './package-index.ts';
import type { Scopes } from './scope.ts';
import type { Typer } from './type-of.ts';

/** Rule identifiers, stable across releases (SARIF fingerprints and suppressions use them). */
export type RuleId =
  | 'MH000'
  | 'MH001'
  | 'MH002'
  | 'MH003'
  | 'MH004'
  | 'MH005'
  | 'MH006'
  | 'MH007'
  | 'MH008'
  | 'MH009'
  | 'MH010'
  | 'MH011'
  | 'MH012'
  | 'MH013';

/** Everything a rule may look at while checking one top-level declaration. */
export interface DeclContext {
  readonly file: ParsedFile;
  /** The declaration (function, method, or package-level var with function literals). */
  readonly decl: GoNode;
  readonly scopes: Scopes;
  readonly typer: Typer;
  readonly index: PackageIndex;
  /** The file's effective Go version. */
  readonly version: EffectiveGoVersion;
  /** Records a finding at `node`. One finding per rule and node. */
  report(rule: RuleId, node: GoNode, message: string): void;
}

/** Capture names of the candidate query, per top-level declaration. */
export type Candidates = ReadonlySet<string>;

/** A rule: when it needs to look at a declaration, and the check itself. */
export interface Rule {
  readonly id: RuleId;
  /**
   * A necessary condition on a file's text: false means the rule cannot fire anywhere in
   * the file (nor contribute a package fact from it), so a file no rule may concern is not
   * queried at all. Must never be false where the rule could report.
   */
  mayConcern(source: string): boolean;
  /** Cheap test on the query captures found in a declaration; false skips the declaration. */
  wants(candidates: Candidates, version: EffectiveGoVersion, pkg: PackageFacts): boolean;
  check(ctx: DeclContext): void;
}

/** Facts about the whole package that let rules skip it early. */
export interface PackageFacts {
  /** Some map type in the package has channel elements. */
  readonly hasMapOfChan: boolean;
  /** Some map type in the package has pointer, func or interface elements (nil when missing). */
  readonly hasMapOfNilable: boolean;
  /**
   * Some unexported map field of a package type is never set (unset-fields.ts), or set only
   * on some paths of one constructor (conditional-fields.ts).
   */
  readonly hasUnsetMapField: boolean;
}
