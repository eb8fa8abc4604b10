import { callArguments, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { argumentFor, calledFunction, mapEffects } from './call-effects.ts';
import type { Given } from './call-effects.ts';
import { asMap } from './go-types.ts';
import type { Goroutine } from './goroutines.ts';
import type { DeclContext } from './rule.ts';
import { parameterNames } from './scope.ts';
import type { Binding, Scopes } from './scope.ts';
import { isAssignTarget } from './uses.ts';

/**
 * Accesses to maps named by a variable or a field path (`m`, `s.m`, `s.cache.m`), for the
 * concurrency rules. Go: runtime/map.go — mapassign and mapdelete set hashWriting and throw
 * "concurrent map writes" when they find it set; mapaccess throws "concurrent map read and
 * map write", mapiternext "concurrent map iteration and map write".
 */

/** `write`: m[k] = v, m[k] op= v, m[k]++, delete, clear. `read`: m[k], len(m). `range`: for … range m. */
export type MapAccessKind = 'write' | 'read' | 'range';

/** One access to a map identified by its path. */
export interface MapAccess {
  /** What a finding points at: the index expression, the call, or the range clause. */
  readonly node: GoNode;
  readonly kind: MapAccessKind;
  /** The map expression as written. */
  readonly map: GoNode;
  /** The map's identity in this declaration: the root variable and the fields after it. */
  readonly path: string;
  /** The local variable the path starts from; undefined for a package variable. */
  readonly root: Binding | undefined;
  /**
   * For an access made by a package function this declaration calls (`record(m, k)`,
   * `go worker(m)`): the call, and where in the callee the access is (`record (r.go:9)`);
   * `node` and `map` are then the argument that hands the map over.
   */
  readonly through?: {
    readonly call: GoNode;
    readonly where: string;
    readonly name: string;
    /** Channels (as the caller writes them) the callee received from before the access. */
    readonly waits: readonly string[];
  };
  /** Made (in the function called) with only a read lock held: see MapEffect.readLocked. */
  readonly readLocked?: boolean;
}

/**
 * Every access in `decl` to a map whose type the package's syntax shows (never sync.Map,
 * never an unknown type). A parameter of a goroutine's literal stands for the argument the
 * go statement passed, when that argument is itself a path (`go func(m map[K]V){…}(s.m)`).
 */
export function mapAccessesIn(ctx: DeclContext, goroutines: readonly Goroutine[]): MapAccess[] {
  const paths = new PathNamer(ctx, goroutines);
  const out: MapAccess[] = [];
  ctx.decl.walk((n) => {
    const found = mapAccessAt(ctx.scopes, n);
    const map = unparen(found?.map);
    if (found !== undefined && map !== undefined && asMap(ctx.typer.typeOf(map)) !== undefined) {
      const path = paths.pathOf(map);
      if (path !== undefined) {
        out.push({ node: n, kind: found.kind, map, path: path.key, root: path.root });
      }
    }
    if (n.type === 'call_expression') {
      out.push(...accessesThrough(ctx, paths, n));
    }
    return true;
  });
  return out;
}

/**
 * The accesses a call of a package function makes to the maps it is handed (its arguments
 * and receiver, and fields of them), placed at the argument.
 */
function accessesThrough(ctx: DeclContext, paths: PathNamer, call: GoNode): MapAccess[] {
  const fn = calledFunction(call, ctx.scopes, ctx.typer, ctx.index);
  if (fn === undefined) {
    return [];
  }
  const out: MapAccess[] = [];
  for (const e of mapEffects(ctx.index, fn)) {
    const arg = unparen(argumentFor(call, e.param));
    const path = arg === undefined ? undefined : paths.pathOf(arg);
    if (arg !== undefined && path !== undefined) {
      out.push({
        node: arg,
        kind: e.kind,
        map: arg,
        path: path.key + e.fields,
        root: path.root,
        through: { call, where: e.where, name: arg.text + e.fields, waits: given(call, e.waits) },
        readLocked: e.readLocked,
      });
    }
  }
  return out;
}

/** What a callee was given (a parameter or the receiver, and fields), as the call writes it. */
export function given(call: GoNode, values: readonly Given[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const arg = unparen(argumentFor(call, v.param));
    if (arg !== undefined) {
      out.push((arg.text + v.fields).replace(/\s+/g, ''));
    }
  }
  return out;
}

/** The map `n` accesses and how, if it is an index expression, a range or a map builtin. */
export function mapAccessAt(
  scopes: Scopes,
  n: GoNode,
): { map: GoNode | undefined; kind: MapAccessKind } | undefined {
  switch (n.type) {
    case 'index_expression':
      return { map: n.child('operand'), kind: isAssignTarget(n) ? 'write' : 'read' };
    case 'range_clause':
      return { map: n.child('right'), kind: 'range' };
    case 'call_expression': {
      const fn = unparen(n.child('function'));
      if (fn?.type !== 'identifier' || scopes.resolve(fn) !== undefined) {
        return undefined;
      }
      const kind = BUILTINS[fn.text];
      return kind === undefined ? undefined : { map: callArguments(n)[0], kind };
    }
    default:
      return undefined;
  }
}

const BUILTINS: Partial<Record<string, MapAccessKind>> = {
  delete: 'write',
  clear: 'write',
  len: 'read',
};

/** Names map paths; numbers local bindings so two variables with one name differ. */
class PathNamer {
  readonly #ctx: DeclContext;
  readonly #ids = new Map<Binding, number>();
  readonly #byLiteral = new Map<GoNode, Goroutine>();

  constructor(ctx: DeclContext, goroutines: readonly Goroutine[]) {
    this.#ctx = ctx;
    for (const g of goroutines) {
      this.#byLiteral.set(g.literal, g);
    }
  }

  pathOf(expr: GoNode, depth = 0): { key: string; root: Binding | undefined } | undefined {
    const e = unparen(expr);
    if (e?.type === 'selector_expression') {
      const inner = this.pathOf(e.child('operand') ?? e, depth);
      const field = e.child('field')?.text;
      return inner === undefined || field === undefined
        ? undefined
        : { key: `${inner.key}.${field}`, root: inner.root };
    }
    if (e?.type !== 'identifier') {
      return undefined;
    }
    const b = this.#ctx.scopes.resolve(e);
    if (b === undefined) {
      return this.#ctx.index.global(e.text) === undefined ? undefined : { key: e.text, root: b };
    }
    const arg = depth < 4 ? this.#argumentFor(b) : undefined;
    if (arg !== undefined) {
      return this.pathOf(arg, depth + 1);
    }
    let id = this.#ids.get(b);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(b, id);
    }
    return { key: `#${id}`, root: b };
  }

  /** The argument a go statement passed for a parameter of its literal. */
  #argumentFor(b: Binding): GoNode | undefined {
    const g = b.kind === 'param' ? this.#byLiteral.get(b.func) : undefined;
    if (g?.via !== 'go' || b.decl.type !== 'parameter_declaration') {
      return undefined;
    }
    const i = parameterNames(g.literal).indexOf(b.ident);
    return i < 0 ? undefined : callArguments(g.call)[i];
  }
}
