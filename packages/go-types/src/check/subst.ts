// Substitution of type arguments for type parameters, and instantiation of generic named types.
// Go: go/types subst.go, instantiate.go.
import { TypeName, VarObj, type FuncObj } from './objects.ts';
import {
  ArrayT,
  Chan,
  Interface,
  MapT,
  Named,
  Pointer,
  Signature,
  Slice,
  Struct,
  Tuple,
  identical,
  type Term,
  type Type,
  type TypeParam,
} from './types.ts';

export type Env = ReadonlyMap<TypeParam, Type>;

/** Instances of generic named types, so one instantiation gives one type. */
const instances = new Map<Named, { args: readonly Type[]; inst: Named }[]>();

/** `G[args]`: the instance of generic named type g. */
export function instantiateNamed(g: Named, args: readonly Type[]): Named {
  let list = instances.get(g);
  if (list === undefined) {
    list = [];
    instances.set(g, list);
  }
  const hit = list.find((e) => e.args.every((a, i) => identical(a, args[i] ?? a)));
  if (hit !== undefined) {
    return hit.inst;
  }
  const inst = new Named(g.obj, g, args);
  list.push({ args, inst });
  const env = new Map<TypeParam, Type>();
  g.typeParams.forEach((tp, i) => env.set(tp, args[i] ?? tp));
  inst.underlying = g.underlying === null ? null : subst(g.underlying, env);
  return inst;
}

/** Completes instances made before their generic type's underlying type was known. */
export function completeInstances(g: Named): void {
  for (const e of instances.get(g) ?? []) {
    if (e.inst.underlying === null && g.underlying !== null) {
      const env = new Map<TypeParam, Type>();
      g.typeParams.forEach((tp, i) => env.set(tp, e.args[i] ?? tp));
      e.inst.underlying = subst(g.underlying, env);
    }
  }
}

export function substituteSig(
  s: Signature,
  tps: readonly TypeParam[],
  args: readonly Type[],
): Signature {
  const env = new Map<TypeParam, Type>();
  tps.forEach((tp, i) => env.set(tp, args[i] ?? tp));
  return subst(s, env) as Signature;
}

/** t with every type parameter in env replaced. */
export function subst(t: Type, env: Env): Type {
  if (env.size === 0) {
    return t;
  }
  switch (t.kind) {
    case 'TypeParam':
      return env.get(t) ?? t;
    case 'Basic':
      return t;
    case 'Pointer': {
      const e = subst(t.elem, env);
      return e === t.elem ? t : new Pointer(e);
    }
    case 'Slice': {
      const e = subst(t.elem, env);
      return e === t.elem ? t : new Slice(e);
    }
    case 'Array': {
      const e = subst(t.elem, env);
      return e === t.elem ? t : new ArrayT(t.len, e);
    }
    case 'Map': {
      const k = subst(t.key, env);
      const e = subst(t.elem, env);
      return k === t.key && e === t.elem ? t : new MapT(k, e);
    }
    case 'Chan': {
      const e = subst(t.elem, env);
      return e === t.elem ? t : new Chan(t.dir, e);
    }
    case 'Struct': {
      // Loops, not map callbacks: the flag's type must see the assignments.
      let changed = false;
      const fields: VarObj[] = [];
      for (const f of t.fields) {
        const ft = subst(f.type, env);
        if (ft === f.type) {
          fields.push(f);
          continue;
        }
        changed = true;
        fields.push(new VarObj(f.name, f.pos, f.pkg, ft, true, f.embedded));
      }
      return changed ? new Struct(fields, t.tags) : t;
    }
    case 'Tuple':
      return substTuple(t, env);
    case 'Signature': {
      const params = substTuple(t.params, env);
      const results = substTuple(t.results, env);
      const tps = t.typeParams.filter((tp) => !env.has(tp));
      return params === t.params && results === t.results && tps.length === t.typeParams.length
        ? t
        : new Signature(tps, params, results, t.variadic, t.recv);
    }
    case 'Interface': {
      let changed = false;
      const methods: FuncObj[] = [];
      for (const m of t.methods) {
        const s = subst(m.type, env) as Signature;
        if (s === m.type) {
          methods.push(m);
          continue;
        }
        changed = true;
        const c = Object.create(Object.getPrototypeOf(m) as object) as typeof m;
        Object.assign(c, m, { type: s });
        methods.push(c);
      }
      const embeddeds: (Type | Term[])[] = [];
      for (const e of t.embeddeds) {
        if (Array.isArray(e)) {
          const terms = e.map((x) => ({ tilde: x.tilde, type: subst(x.type, env) }));
          if (terms.some((x, i) => x.type !== e[i]?.type)) {
            changed = true;
          }
          embeddeds.push(terms);
          continue;
        }
        const s = subst(e, env);
        if (s !== e) {
          changed = true;
        }
        embeddeds.push(s);
      }
      if (!changed) {
        return t;
      }
      const i = new Interface(methods, embeddeds);
      i.comparable = t.comparable;
      return i;
    }
    case 'Named': {
      if (t.typeArgs.length === 0 || t.orig === null) {
        return t;
      }
      const args = t.typeArgs.map((a) => subst(a, env));
      return args.every((a, i) => a === t.typeArgs[i]) ? t : instantiateNamed(t.orig, args);
    }
  }
}

function substTuple(t: Tuple, env: Env): Tuple {
  let changed = false;
  const vars: VarObj[] = [];
  for (const v of t.vars) {
    const vt = subst(v.type, env);
    if (vt === v.type) {
      vars.push(v);
      continue;
    }
    changed = true;
    vars.push(new VarObj(v.name, v.pos, v.pkg, vt));
  }
  return changed ? new Tuple(vars) : t;
}

/** Whether t mentions a type parameter (its runtime type depends on type arguments). */
export function hasTypeParam(t: Type, seen: Set<Type> = new Set<Type>()): boolean {
  if (seen.has(t)) {
    return false;
  }
  seen.add(t);
  switch (t.kind) {
    case 'TypeParam':
      return true;
    case 'Basic':
      return false;
    case 'Pointer':
    case 'Slice':
    case 'Array':
    case 'Chan':
      return hasTypeParam(t.elem, seen);
    case 'Map':
      return hasTypeParam(t.key, seen) || hasTypeParam(t.elem, seen);
    case 'Struct':
      return t.fields.some((f) => hasTypeParam(f.type, seen));
    case 'Tuple':
      return t.vars.some((v) => hasTypeParam(v.type, seen));
    case 'Signature':
      return hasTypeParam(t.params, seen) || hasTypeParam(t.results, seen);
    case 'Interface':
      return t.methods.some((m) => hasTypeParam(m.type, seen));
    case 'Named':
      return t.typeArgs.some((a) => hasTypeParam(a, seen));
  }
}

export { TypeName };
