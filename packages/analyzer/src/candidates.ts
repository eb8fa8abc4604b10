import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import { asMap, mapFieldPaths, underlying } from './go-types.ts';
import type { PackageIndex } from './package-index.ts';
import type { Rule } from './rule.ts';
import { lockTypesOf, registerLockTypes } from './rules/lock-types.ts';

/**
 * One walk over each top-level declaration finds every node any rule might start from, as
 * named facts (`write`, `goroutine`, `nilsrc`, …); a rule looks at a declaration only when
 * it holds a fact the rule wants. Type names are turned into facts by what the package
 * declares them as: a name counts as `nilsrc` only when the package declares it as a map or
 * a struct with map fields.
 */

/** A file and the candidate facts of its top-level declarations that have any, in order. */
export interface FileCandidates {
  readonly file: ParsedFile;
  readonly byDecl: Map<GoNode, Set<string>>;
}

/** Finds the candidate facts of each file of a package. */
export function findCandidates(
  files: readonly ParsedFile[],
  index: PackageIndex,
  rules: readonly Rule[],
): FileCandidates[] {
  const kinds = new TypeKinds(index);
  registerLockTypes(index, files);
  return files.map((file) => {
    const byDecl = new Map<GoNode, Set<string>>();
    if (rules.some((r) => r.mayConcern(file.source))) {
      for (const decl of file.topLevelNodes) {
        const facts = declFacts(file, decl, kinds);
        if (facts.size > 0) {
          byDecl.set(decl, facts);
        }
      }
    }
    return { file, byDecl };
  });
}

const SYNC_STORE = /^(Store|LoadOrStore|Swap|CompareAndSwap)$/;
const WAITGROUP = /^(Add|Done|Wait)$/;
const SPAWNER = /^(Go|Run)$/;
const LOCK = /^R?Lock$/;

/** The facts of one top-level declaration. */
function declFacts(file: ParsedFile, decl: GoNode, kinds: TypeKinds): Set<string> {
  const facts = new Set<string>();
  /** A type name counts as `nilsrc` when the package declares it as a map or such a struct. */
  const typeName = (n: GoNode | undefined): void => {
    if (n?.type === 'type_identifier' && kinds.holdsNilMap(n.text)) {
      facts.add('nilsrc');
    }
  };
  if (
    (decl.type === 'function_declaration' ||
      decl.type === 'method_declaration' ||
      decl.type === 'var_declaration') &&
    kinds.mentionsLock(file.path, decl.text)
  ) {
    facts.add('locktype');
  }
  if (decl.type === 'method_declaration' && startsWithLock(decl)) {
    facts.add('lockcall');
  }
  decl.walk((n) => {
    const parent = n.parent;
    switch (n.type) {
      case 'index_expression': {
        facts.add('index');
        const p = parent?.type;
        if (
          p === 'inc_statement' ||
          p === 'dec_statement' ||
          (p === 'expression_list' &&
            parent?.field === 'left' &&
            parent.parent?.type === 'assignment_statement')
        ) {
          facts.add('write');
        }
        break;
      }
      case 'var_spec': {
        const type = n.child('type');
        const value = n.child('value');
        if (value === undefined) {
          if (type?.type === 'map_type' || type?.type === 'struct_type') {
            facts.add('nilsrc');
          }
          typeName(type);
        } else if (value.type === 'expression_list' && hasChild(value, 'nil')) {
          facts.add('nilsrc');
        }
        break;
      }
      case 'assignment_statement': {
        const right = n.child('right');
        if (right?.type === 'expression_list' && hasChild(right, 'nil')) {
          facts.add('nilsrc');
        }
        break;
      }
      case 'type_conversion_expression':
        if (n.child('operand')?.type === 'nil') {
          facts.add('nilsrc');
        }
        break;
      case 'call_expression':
        callFacts(n, facts, kinds);
        break;
      case 'parameter_list': {
        const results = n.field === 'result' && isFunction(parent);
        for (const p of n.namedChildren) {
          if (namedParameterOf(p, 'map_type')) {
            facts.add('maptype');
            if (results) {
              facts.add('nilsrc');
            }
          } else if (results && namedParameterOf(p, 'type_identifier')) {
            typeName(p.child('type'));
          }
        }
        break;
      }
      case 'if_statement': {
        const c = n.child('condition');
        const left = c?.child('left')?.type;
        if (
          c?.type === 'binary_expression' &&
          (left === 'identifier' || left === 'selector_expression') &&
          c.child('operator')?.type === '==' &&
          c.child('right')?.type === 'nil'
        ) {
          facts.add('nilcheck');
        }
        break;
      }
      case 'composite_literal': {
        const type = n.child('type');
        if (type?.type === 'map_type') {
          facts.add('maplit');
        }
        typeName(type);
        break;
      }
      case 'unary_expression': {
        const op = n.child('operator')?.type;
        if (op === '<-') {
          facts.add('chanop');
        } else if (op === '&') {
          const t = n.child('operand')?.type;
          if (
            t === 'identifier' ||
            t === 'selector_expression' ||
            t === 'index_expression' ||
            t === 'parenthesized_expression'
          ) {
            facts.add('addr');
            if (n.ancestor('for_statement') !== undefined) {
              facts.add('addr-in-loop');
            }
          }
        }
        break;
      }
      case 'for_statement':
        facts.add('loop');
        break;
      case 'send_statement':
      case 'range_clause':
        facts.add('chanop');
        break;
      case 'map_type':
        mapTypeFacts(n, facts, kinds);
        break;
      case 'go_statement': {
        facts.add('goroutine');
        facts.add('gostmt');
        if (callOf(n)?.child('function')?.type === 'func_literal') {
          facts.add('spawn');
        }
        break;
      }
      case 'defer_statement': {
        const call = callOf(n);
        if (call?.child('function')?.type === 'func_literal') {
          facts.add('spawn');
        }
        const args = call?.child('arguments');
        if (args?.type === 'argument_list' && args.namedChildren.length > 0) {
          facts.add('deferargs');
        }
        break;
      }
      case 'short_var_declaration': {
        const right = n.child('right');
        const selectorArg = right?.namedChildren.some(
          (c) =>
            c.type === 'call_expression' &&
            c.child('arguments')?.type === 'argument_list' &&
            c.child('arguments')?.namedChildren.some((a) => a.type === 'selector_expression') ===
              true,
        );
        if (right?.type === 'expression_list' && selectorArg === true) {
          facts.add('clonecall');
        }
        break;
      }
      default:
        break;
    }
    return true;
  });
  return facts;
}

/** The facts of a call: sync.Map stores, channel closes, WaitGroup calls, spawns, … */
function callFacts(n: GoNode, facts: Set<string>, kinds: TypeKinds): void {
  const fn = n.child('function');
  const args = n.child('arguments');
  const argTypes = args?.namedChildren.map((a) => a.type) ?? [];
  const funcLitArg = args?.type === 'argument_list' && argTypes.includes('func_literal');
  if (funcLitArg) {
    facts.add('funcarg');
  }
  if (fn?.type === 'identifier') {
    const name = fn.text;
    if (args?.type === 'argument_list' && argTypes.includes('nil') && kinds.holdsNilMap(name)) {
      facts.add('nilsrc');
    }
    if (name === 'new' && args?.type === 'argument_list') {
      for (const a of args.namedChildren) {
        if (a.type === 'type_identifier' && kinds.holdsNilMap(a.text)) {
          facts.add('nilsrc');
        }
      }
    }
    if (name === 'close') {
      facts.add('chanop');
    }
    if (
      name === 'append' &&
      args?.type === 'argument_list' &&
      args.namedChildren.some(
        (a) => a.type === 'unary_expression' && a.child('operator')?.type === '&',
      )
    ) {
      facts.add('appendaddr');
    }
    return;
  }
  const field = fn?.type === 'selector_expression' ? fn.child('field') : undefined;
  if (field?.type !== 'field_identifier') {
    return;
  }
  const name = field.text;
  if (SYNC_STORE.test(name)) {
    facts.add('syncstore');
  }
  if (WAITGROUP.test(name)) {
    facts.add('wgcall');
  }
  if (name === 'Tick') {
    facts.add('tick');
  }
  if (funcLitArg && name === 'Go') {
    facts.add('goroutine');
  }
  if (funcLitArg && SPAWNER.test(name)) {
    facts.add('spawn');
  }
}

/** `map[K]chan T`, `map[K]*T` and other map types whose values are worth a look. */
function mapTypeFacts(n: GoNode, facts: Set<string>, kinds: TypeKinds): void {
  const value = n.child('value');
  switch (value?.type) {
    case 'channel_type':
      facts.add('mapchan');
      break;
    case 'pointer_type':
    case 'function_type':
      facts.add('mapnilable');
      break;
    case 'interface_type':
      if (value.namedChildren.length > 0) {
        facts.add('mapnilable');
      }
      break;
    case 'type_identifier':
      if (kinds.isChan(value.text)) {
        facts.add('mapchan');
      }
      if (kinds.isNilable(value.text)) {
        facts.add('mapnilable');
      }
      break;
    default:
      break;
  }
}

/** A method whose body, at its top level, calls `x.Lock()` or `x.RLock()` as a statement. */
function startsWithLock(decl: GoNode): boolean {
  const body = decl.child('body');
  const list = body?.namedChildren.find((c) => c.type === 'statement_list');
  return (
    list?.namedChildren.some((s) => {
      if (s.type !== 'expression_statement') {
        return false;
      }
      return s.namedChildren.some((call) => {
        const fn = call.type === 'call_expression' ? call.child('function') : undefined;
        const field = fn?.type === 'selector_expression' ? fn.child('field') : undefined;
        return field?.type === 'field_identifier' && LOCK.test(field.text);
      });
    }) === true
  );
}

/** Whether `p` is a parameter declaration with a name and a type of kind `type`. */
function namedParameterOf(p: GoNode, type: string): boolean {
  return (
    p.type === 'parameter_declaration' &&
    p.child('name') !== undefined &&
    p.child('type')?.type === type
  );
}

function isFunction(n: GoNode | undefined): boolean {
  const t = n?.type;
  return t === 'function_declaration' || t === 'method_declaration' || t === 'func_literal';
}

/** The call a go or defer statement makes. */
function callOf(stmt: GoNode): GoNode | undefined {
  return stmt.namedChildren.find((c) => c.type === 'call_expression');
}

function hasChild(n: GoNode, type: string): boolean {
  return n.namedChildren.some((c) => c.type === type);
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
