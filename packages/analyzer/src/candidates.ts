import type { GoParser, ParsedFile, QueryCapture, TsNode } from '@mapscope/go-syntax';
import { asMap, mapFieldPaths, underlying } from './go-types.ts';
import type { PackageIndex } from './package-index.ts';
import type { Rule } from './rule.ts';
import { lockTypesOf, registerLockTypes } from './rules/lock-types.ts';

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
(go_statement) @goroutine
(call_expression function: (selector_expression field: (field_identifier) @_group (#eq? @_group "Go")) arguments: (argument_list (func_literal))) @goroutine
(map_type value: (type_identifier) @mapvalue)
(map_type value: [(pointer_type) (function_type) (interface_type (_))]) @mapnilable
(map_type value: (type_identifier) @mapnilname)
(index_expression) @index
(source_file [(function_declaration) (method_declaration) (var_declaration)] @lockdecl)
(call_expression function: (selector_expression field: (field_identifier) @_wg (#match? @_wg "^(Add|Done|Wait)$"))) @wgcall
(go_statement) @gostmt
(go_statement (call_expression function: (func_literal))) @spawn
(defer_statement (call_expression function: (func_literal))) @spawn
(call_expression function: (selector_expression field: (field_identifier) @_spawn (#match? @_spawn "^(Go|Run)$")) arguments: (argument_list (func_literal))) @spawn
(call_expression arguments: (argument_list (func_literal))) @funcarg
(call_expression function: (identifier) @_append (#eq? @_append "append") arguments: (argument_list (unary_expression operator: "&"))) @appendaddr
(defer_statement (call_expression arguments: (argument_list (_)))) @deferargs
(call_expression function: (selector_expression field: (field_identifier) @_tick (#eq? @_tick "Tick"))) @tick
(short_var_declaration right: (expression_list (call_expression arguments: (argument_list (selector_expression))))) @clonecall
(method_declaration body: (block (statement_list (expression_statement (call_expression function: (selector_expression field: (field_identifier) @_lock (#match? @_lock "^R?Lock$"))))))) @lockcall
`;

/** A file's top-level declarations, and the candidate facts found in each (by index). */
export interface FileCandidates {
  readonly file: ParsedFile;
  readonly decls: readonly TsNode[];
  readonly byDecl: Map<number, Set<string>>;
}

/** Runs the candidate query over each file of a package. */
export function findCandidates(
  parser: GoParser,
  files: readonly ParsedFile[],
  index: PackageIndex,
  rules: readonly Rule[],
): FileCandidates[] {
  const query = parser.query(CANDIDATES);
  const kinds = new TypeKinds(index);
  registerLockTypes(index, files);
  return files.map((file) => {
    const concerned = rules.some((r) => r.mayConcern(file.source));
    return bucket(file, concerned ? file.captures(query) : [], kinds);
  });
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
  const decls = file.topLevelNodes;
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
    case 'mapnilname':
      return kinds.isNilable(file.text(c.node)) ? 'mapnilable' : undefined;
    case 'lockdecl':
      return kinds.mentionsLock(file.path, file.text(c.node)) ? 'locktype' : undefined;
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

  /**
   * A type whose zero value is nil and panics when used (MH007): pointer, func, or an
   * interface with methods to call (not `any`).
   */
  isNilable(name: string): boolean {
    if (name === 'error') {
      return true;
    }
    const t = this.#index.type(name);
    const kind = t === undefined ? undefined : underlying(t).kind;
    return kind === 'pointer' || kind === 'func' || kind === 'interface';
  }

  /** A declaration's text names a lock type or a variable holding a lock (MH010). */
  mentionsLock(file: string, text: string): boolean {
    return lockTypesOf(this.#index).mentionsLock(file, text);
  }
}
