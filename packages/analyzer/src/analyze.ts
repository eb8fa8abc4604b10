import { effectiveGoVersion } from '@mapscope/go-syntax';
import type {
  EffectiveGoVersion,
  GoNode,
  GoParser,
  GoVersion,
  ParsedFile,
  QueryCapture,
  TsNode,
} from '@mapscope/go-syntax';
import { ruleInfo } from './catalog.ts';
import { compareDiagnostics } from './diagnostic.ts';
import type { Diagnostic, SyntaxDiagnostic } from './diagnostic.ts';
import { asMap, mapFieldPaths, underlying } from './go-types.ts';
import { PackageIndex } from './package-index.ts';
import type { DeclContext, Rule, RuleId } from './rule.ts';
import { loopvarAddressInMap } from './rules/loopvar-address-in-map.ts';
import { nilChanFromMapMiss } from './rules/nil-chan-from-map-miss.ts';
import { nilMapWrite } from './rules/nil-map-write.ts';
import { Scopes } from './scope.ts';
import { findSuppressions } from './suppression.ts';
import { Typer } from './type-of.ts';

/** The rules `mapscope vet` runs, in id order. */
export const ALL_RULES: readonly Rule[] = [nilMapWrite, loopvarAddressInMap, nilChanFromMapMiss];

/**
 * One query finds, inside WebAssembly, every node any rule might start from. A top-level
 * declaration is copied into JavaScript only when its captures interest some rule. `@type`
 * captures name a type whose zero value may hold a nil map; they count as `nilsrc` only
 * when the package declares that type as a map or as a struct with map fields.
 *
 * Keep patterns rooted at nodes that do not nest deeply: a pattern such as
 * `(binary_expression right: (nil))` keeps a partial match open across each left operand,
 * which is quadratic on generated code (time/tzdata/zipdata.go is one 7000-term `+` chain).
 */
const CANDIDATES = `
(assignment_statement left: (expression_list (index_expression) @write))
(inc_statement (index_expression) @write)
(dec_statement (index_expression) @write)
(var_spec !value type: (map_type)) @nilsrc
(var_spec !value type: (struct_type)) @nilsrc
(var_spec !value type: (type_identifier) @type)
(var_spec value: (expression_list (nil))) @nilsrc
(assignment_statement right: (expression_list (nil))) @nilsrc
(type_conversion_expression operand: (nil)) @nilsrc
(call_expression function: (identifier) @type arguments: (argument_list (nil)))
(parameter_list (parameter_declaration name: (_) type: (map_type))) @maptype
(if_statement condition: (binary_expression left: [(identifier) (selector_expression)] operator: "==" right: (nil))) @nilcheck
(function_declaration result: (parameter_list (parameter_declaration name: (_) type: (map_type)))) @nilsrc
(method_declaration result: (parameter_list (parameter_declaration name: (_) type: (map_type)))) @nilsrc
(func_literal result: (parameter_list (parameter_declaration name: (_) type: (map_type)))) @nilsrc
(function_declaration result: (parameter_list (parameter_declaration name: (_) type: (type_identifier) @type)))
(method_declaration result: (parameter_list (parameter_declaration name: (_) type: (type_identifier) @type)))
(func_literal result: (parameter_list (parameter_declaration name: (_) type: (type_identifier) @type)))
(composite_literal type: (type_identifier) @type)
(call_expression function: (identifier) @_new (#eq? @_new "new") arguments: (argument_list (type_identifier) @type))
(unary_expression operator: "&" operand: [(identifier) (selector_expression) (index_expression) (parenthesized_expression)]) @addr
(for_statement) @loop
(composite_literal type: (map_type)) @maplit
(call_expression function: (selector_expression field: (field_identifier) @_store (#match? @_store "^(Store|LoadOrStore|Swap|CompareAndSwap)$"))) @syncstore
(send_statement) @chanop
(unary_expression operator: "<-") @chanop
(call_expression function: (identifier) @_close (#eq? @_close "close")) @chanop
(range_clause) @chanop
(map_type value: (channel_type)) @mapchan
(map_type value: (type_identifier) @mapvalue)
`;
/** A Go source file to analyze. */
export interface SourceInput {
  readonly path: string;
  readonly source: string;
}

/** How to analyze: the module's Go version, a `--lang` override, which rules. */
export interface AnalyzeOptions {
  readonly moduleVersion?: GoVersion | undefined;
  readonly lang?: GoVersion | undefined;
  readonly rules?: readonly Rule[];
}

/** What analysis found in a set of files. */
export interface AnalysisResult {
  readonly diagnostics: Diagnostic[];
  readonly syntaxErrors: SyntaxDiagnostic[];
  /** Source lines read, for throughput figures. */
  readonly lines: number;
}

/**
 * Analyzes the files of one directory: parses them, groups them by package clause, and
 * runs every rule on the declarations that may concern it.
 */
export function analyzeFiles(
  parser: GoParser,
  inputs: readonly SourceInput[],
  options: AnalyzeOptions = {},
): AnalysisResult {
  const files = inputs.map((f) => parser.parse(f.path, f.source));
  try {
    const diagnostics: Diagnostic[] = [];
    const syntaxErrors: SyntaxDiagnostic[] = [];
    let lines = 0;
    const byPackage = new Map<string, ParsedFile[]>();
    for (const f of files) {
      lines += f.lines.lineCount;
      for (const e of f.syntaxErrors) {
        syntaxErrors.push({ file: e.file, start: e.position, message: e.message });
      }
      const name = f.packageName ?? '';
      byPackage.set(name, [...(byPackage.get(name) ?? []), f]);
    }
    for (const pkgFiles of byPackage.values()) {
      diagnostics.push(...analyzePackage(parser, pkgFiles, options));
    }
    return {
      diagnostics: diagnostics.sort(compareDiagnostics),
      syntaxErrors: syntaxErrors.sort(compareDiagnostics),
      lines,
    };
  } finally {
    for (const f of files) {
      f.dispose();
    }
  }
}

interface FileCandidates {
  readonly file: ParsedFile;
  readonly decls: readonly TsNode[];
  readonly byDecl: Map<number, Set<string>>;
}

function analyzePackage(
  parser: GoParser,
  files: readonly ParsedFile[],
  options: AnalyzeOptions,
): Diagnostic[] {
  const rules = options.rules ?? ALL_RULES;
  const index = PackageIndex.build(files);
  const query = parser.query(CANDIDATES);
  const kinds = new TypeKinds(index);
  const perFile = files.map((file) => bucket(file, file.captures(query), kinds));
  const facts = {
    hasMapOfChan: perFile.some((f) => [...f.byDecl.values()].some((c) => c.has('mapchan'))),
  };
  const out: Diagnostic[] = [];
  for (const { file, decls, byDecl } of perFile) {
    const version = effectiveGoVersion({
      buildConstraint: file.buildConstraint,
      moduleVersion: options.moduleVersion,
      override: options.lang,
    });
    const found: Diagnostic[] = [];
    for (const [i, candidates] of byDecl) {
      const wanted = rules.filter((r) => r.wants(candidates, version, facts));
      const decl = decls[i];
      if (wanted.length > 0 && decl !== undefined) {
        found.push(...checkDecl(file, file.toGoNode(decl), index, version, wanted));
      }
    }
    out.push(...applySuppressions(file, found, version));
  }
  return out;
}

/**
 * Groups a file's captures by the top-level declaration they fall in, turning `@type`
 * and `@mapvalue` captures into facts, and `@addr` inside an `@loop` into `addr-in-loop`.
 */
function bucket(
  file: ParsedFile,
  captures: readonly QueryCapture[],
  kinds: TypeKinds,
): FileCandidates {
  const decls = file.root.namedChildren;
  const starts = decls.map((d) => d.startIndex);
  const byDecl = new Map<number, Set<string>>();
  const loops: [number, number][] = [];
  const addrs: number[] = [];
  for (const c of captures) {
    const i = lastAtOrBefore(starts, c.node.startIndex);
    const name = factName(file, c, kinds);
    if (i < 0 || name === undefined) {
      continue;
    }
    let set = byDecl.get(i);
    if (set === undefined) {
      set = new Set();
      byDecl.set(i, set);
    }
    set.add(name);
    if (name === 'loop') {
      loops.push([c.node.startIndex, c.node.endIndex]);
    } else if (name === 'addr') {
      addrs.push(c.node.startIndex);
    }
  }
  for (const a of addrs) {
    if (loops.some(([start, end]) => a > start && a < end)) {
      byDecl.get(lastAtOrBefore(starts, a))?.add('addr-in-loop');
    }
  }
  return { file, decls, byDecl };
}

function factName(file: ParsedFile, c: QueryCapture, kinds: TypeKinds): string | undefined {
  switch (c.name) {
    case 'type':
      return kinds.holdsNilMap(file.text(c.node)) ? 'nilsrc' : undefined;
    case 'mapvalue':
      return kinds.isChan(file.text(c.node)) ? 'mapchan' : undefined;
    default:
      return c.name.startsWith('_') ? undefined : c.name;
  }
}

function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= x) {
      ans = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return ans;
}

/** What the package's named types are, as far as the candidate filter cares; cached. */
class TypeKinds {
  readonly #index: PackageIndex;
  readonly #nilMap = new Map<string, boolean>();

  constructor(index: PackageIndex) {
    this.#index = index;
  }

  /** A map type, or a struct with a map field (its zero value holds a nil map). */
  holdsNilMap(name: string): boolean {
    let known = this.#nilMap.get(name);
    if (known === undefined) {
      const t = this.#index.type(name);
      known = t !== undefined && (asMap(t) !== undefined || mapFieldPaths(t).length > 0);
      this.#nilMap.set(name, known);
    }
    return known;
  }

  isChan(name: string): boolean {
    const t = this.#index.type(name);
    return t !== undefined && underlying(t).kind === 'chan';
  }
}

function checkDecl(
  file: ParsedFile,
  decl: GoNode,
  index: PackageIndex,
  version: EffectiveGoVersion,
  rules: readonly Rule[],
): Diagnostic[] {
  const scopes = new Scopes(decl);
  const found = new Map<string, Diagnostic>();
  const ctx: DeclContext = {
    file,
    decl,
    scopes,
    typer: new Typer(scopes, index),
    index,
    version,
    report(rule: RuleId, node: GoNode, message: string): void {
      const key = `${rule}:${node.start}`;
      if (!found.has(key)) {
        found.set(key, diagnostic(file, node.start, node.end, rule, message, version));
      }
    },
  };
  for (const rule of rules) {
    rule.check(ctx);
  }
  return [...found.values()];
}

function diagnostic(
  file: ParsedFile,
  start: number,
  end: number,
  rule: RuleId,
  message: string,
  version: EffectiveGoVersion,
): Diagnostic {
  const info = ruleInfo(rule);
  return {
    file: file.path,
    start: file.position(start),
    end: file.position(end),
    rule,
    name: info.name,
    level: info.level,
    message,
    goVersion: version,
  };
}

function applySuppressions(
  file: ParsedFile,
  found: readonly Diagnostic[],
  version: EffectiveGoVersion,
): Diagnostic[] {
  if (!file.source.includes('//mapscope:ignore')) {
    return [...found];
  }
  const { suppressions, problems } = findSuppressions(file);
  const kept = found.filter(
    (d) => !suppressions.some((s) => s.line === d.start.line && s.rules.has(d.rule)),
  );
  for (const p of problems) {
    kept.push(diagnostic(file, p.offset, p.offset, 'MH000', p.message, version));
  }
  return kept;
}
