import { unparen } from '@mapscope/go-syntax';
import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import type { PackageIndex } from './package-index.ts';
import { perIndex, unexportedMapFields } from './unset-fields.ts';
import { enclosingFunction } from './statements-after.ts';
import { isAssignTarget } from './uses.ts';

/**
 * Unexported map fields that one constructor makes only on some of its paths: `r :=
 * &registry{}; if preload { r.names = map[string]int{} }; return r`. Every other value of the
 * type comes from literals that leave the field out, so on the constructor's other paths the
 * map is nil, and a write into it panics with "assignment to entry in nil map"
 * (runtime/map.go mapassign). A package fact for MH003, from the files' syntax, erring
 * towards "set": any assignment to a field of that name, any `&x.f`, any literal naming it,
 * outside that constructor's branches, and the field is not conditional.
 */
export interface ConditionalField {
  readonly type: string;
  readonly field: string;
  /** The constructor and the conditions (their text) under which it makes the map. */
  readonly constructor: string;
  readonly conditions: readonly string[];
  /** Where it makes the map, for the message. */
  readonly file: ParsedFile;
  readonly at: GoNode;
}

/** The package's conditionally made map fields, by `T.f`. */
export const conditionalMapFields: (index: PackageIndex) => ReadonlyMap<string, ConditionalField> =
  perIndex(compute);

/** One assignment to (or address of, or literal key for) a field name. */
interface Setting {
  readonly file: ParsedFile;
  readonly node: GoNode;
  /** An assignment `x.f = …` (else `&x.f`, a literal key, anything else that sets it). */
  readonly assignment: boolean;
}

function compute(index: PackageIndex): ReadonlyMap<string, ConditionalField> {
  const out = new Map<string, ConditionalField>();
  const wanted = new Map<string, string[]>(); // field name -> struct types with that map field
  for (const [name, field] of unexportedMapFields(index)) {
    wanted.set(field, [...(wanted.get(field) ?? []), name]);
  }
  if (wanted.size === 0) {
    return out;
  }
  const settings = settingsOf(index.files, wanted);
  for (const [field, types] of wanted) {
    const sets = settings.get(field) ?? [];
    const assignments = sets.filter((s) => s.assignment);
    const fn = assignments[0] === undefined ? undefined : enclosingFunction(assignments[0].node);
    // Every setting is an assignment in one top-level function, each under a condition there.
    if (
      fn?.type !== 'function_declaration' ||
      assignments.length !== sets.length ||
      sets.some((s) => enclosingFunction(s.node) !== fn)
    ) {
      continue;
    }
    const conditions = sets.map((s) => conditionAround(s.node, fn));
    const first = sets[0];
    if (
      first === undefined ||
      conditions.some((c) => c === undefined) ||
      bothBranches(sets.map((s) => s.node))
    ) {
      continue;
    }
    // The constructor makes the value itself and hands it back: `&T{…}` or `T{…}` returned.
    for (const type of types) {
      if (makesAndReturns(fn, type)) {
        out.set(`${type}.${field}`, {
          type,
          field,
          constructor: fn.child('name')?.text ?? '?',
          conditions: conditions.filter((c): c is string => c !== undefined),
          file: first.file,
          at: first.node,
        });
      }
    }
  }
  return out;
}

/** Everything in the package that may set a field of one of the wanted names. */
function settingsOf(
  files: readonly ParsedFile[],
  wanted: ReadonlyMap<string, readonly string[]>,
): Map<string, Setting[]> {
  const out = new Map<string, Setting[]>();
  const add = (field: string, s: Setting): void => {
    out.set(field, [...(out.get(field) ?? []), s]);
  };
  for (const file of files) {
    for (const decl of file.topLevelNodes) {
      decl.walk((n) => {
        if (n.type === 'selector_expression') {
          const field = n.child('field')?.text;
          if (field !== undefined && wanted.has(field)) {
            const p = n.parent;
            if (isAssignTarget(n)) {
              add(field, { file, node: n, assignment: n.parent?.parent?.type !== 'range_clause' });
            } else if (p?.type === 'unary_expression' && p.hasToken('&')) {
              add(field, { file, node: n, assignment: false });
            }
          }
        } else if (n.type === 'keyed_element') {
          const key = n.namedChildren[0];
          const name = key?.type === 'literal_element' ? key.namedChildren[0]?.text : key?.text;
          if (name !== undefined && wanted.has(name)) {
            add(name, { file, node: n, assignment: false });
          }
        }
        return true;
      });
    }
  }
  return out;
}

/**
 * The condition (its text) of the nearest if, case or loop between `node` and `fn`'s body:
 * the statement runs only when it holds. Undefined when nothing conditional is around it.
 */
export function conditionAround(node: GoNode, fn: GoNode): string | undefined {
  for (let p = node.parent; p !== undefined && p !== fn; p = p.parent) {
    switch (p.type) {
      case 'if_statement':
        return p.child('condition')?.text ?? 'if';
      case 'expression_case':
      case 'type_case':
      case 'communication_case':
      case 'for_statement':
        return p.type;
      case 'func_literal':
        return 'func_literal';
      default:
        break;
    }
  }
  return undefined;
}

/**
 * Whether the settings cover both branches of one if statement (`if hint > 0 { a.points =
 * make(…, hint) } else { a.points = make(…) }`: loki's newAggregator): the map is made
 * whichever way the condition goes.
 */
function bothBranches(nodes: readonly GoNode[]): boolean {
  const branchOf = (n: GoNode): { readonly stmt: GoNode; readonly field: string } | undefined => {
    for (let c = n, p = n.parent; p !== undefined; c = p, p = p.parent) {
      if (p.type === 'if_statement' && (c.field === 'consequence' || c.field === 'alternative')) {
        return { stmt: p, field: c.field };
      }
    }
    return undefined;
  };
  const branches = nodes.map(branchOf);
  return branches.some(
    (a) =>
      a?.field === 'consequence' &&
      a.stmt.child('alternative')?.type === 'block' &&
      branches.some((b) => b?.stmt.start === a.stmt.start && b.field === 'alternative'),
  );
}

/** Whether `fn` returns a `T{…}` or `&T{…}` it makes (directly or through a variable). */
function makesAndReturns(fn: GoNode, type: string): boolean {
  // The first result: `*T`, `(*T, error)`, `(r *T, err error)`.
  const result = fn.child('result');
  const first =
    result?.type === 'parameter_list' ? result.namedChildren[0]?.child('type')?.text : result?.text;
  const shown = first?.replace(/\s+/g, '');
  if (shown !== type && shown !== `*${type}`) {
    return false;
  }
  let makes = false;
  fn.walk((n) => {
    if (n.type === 'composite_literal') {
      const t = unparen(n.child('type'));
      makes ||= t?.text === type;
    }
    return !makes;
  });
  return makes;
}
