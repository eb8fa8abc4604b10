/**
 * @mapscope/analyzer: static detection of Go map hazards, the rules behind `mapscope vet`.
 * Works on syntax alone (code that does not compile too), in Node and in a browser.
 */
export { ALL_RULES, analyzeFiles } from './analyze.ts';
export type { AnalysisResult, AnalyzeOptions, SourceInput } from './analyze.ts';
export { RULES, ruleInfo } from './catalog.ts';
export type { RuleInfo } from './catalog.ts';
export { compareDiagnostics } from './diagnostic.ts';
export type { Diagnostic, RelatedLocation, SyntaxDiagnostic } from './diagnostic.ts';
export type { Rule, RuleId } from './rule.ts';
export { CheckedPackage, type PackageImporter } from './checked.ts';
export { vet } from './vet.ts';
export type { VetOptions, VetResult } from './vet.ts';
