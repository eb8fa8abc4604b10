// Field and method lookup through embedded fields, method sets, and interface satisfaction.
// Go: go/types lookup.go (LookupFieldOrMethod, missingMethod).
import { FuncObj, type VarObj } from './objects.ts';
import type { Package } from './package.ts';
import {
  Interface,
  Named,
  Pointer,
  Struct,
  TypeParam,
  identical,
  under,
  type Signature,
  type Type,
} from './types.ts';
import { substituteSig } from './subst.ts';
import { signatureString, typeString } from './typestring.ts';

/** How a selector `x.f` resolved. */
export type Selection =
  | {
      readonly kind: 'field';
      /** Field indices from x's struct through embedded fields to f. */
      readonly path: readonly number[];
      /** Whether each step (before the field i) dereferences a pointer. */
      readonly derefs: readonly boolean[];
      readonly field: VarObj;
    }
  | {
      readonly kind: 'method';
      /** Embedded fields to the receiver's base. */
      readonly path: readonly number[];
      readonly derefs: readonly boolean[];
      readonly method: FuncObj;
      /** The receiver type the method is declared on (after embedding). */
      readonly recvNamed: Named | null;
      /** The method is called through an interface value. */
      readonly iface: boolean;
    }
  | { readonly kind: 'pkg' }
  | {
      readonly kind: 'methodExpr';
      readonly method: FuncObj;
      readonly recvType: Type;
      /** The method is promoted from an embedded field. */
      readonly promoted: boolean;
    };

/** The result of a lookup of `name` in type `t`. */
export interface LookupResult {
  readonly obj: VarObj | FuncObj;
  readonly path: number[];
  readonly derefs: boolean[];
  /** The named type declaring the method (null for fields and interface methods). */
  readonly recvNamed: Named | null;
  /** Found more than once at the shallowest depth. */
  readonly ambiguous: boolean;
  /** A method found through an interface. */
  readonly viaIface: boolean;
  /** Whether the final receiver (the embedded value) is reached through a pointer. */
  readonly indirect: boolean;
}

interface Embedded {
  readonly type: Type;
  readonly path: number[];
  readonly derefs: boolean[];
  readonly indirect: boolean;
}

/**
 * Looks up field or method `name` in t (breadth-first through embedded fields, as Go does).
 * Unexported names match only within `pkg`.
 */
export function lookupFieldOrMethod(
  t: Type,
  name: string,
  pkg: Package | null,
): LookupResult | null {
  if (name === '_') {
    return null;
  }
  let start = t;
  let indirect = false;
  const u0 = under(t);
  if (!(t instanceof Named) && u0 instanceof Pointer) {
    start = u0.elem;
    indirect = true;
    // *I where I is an interface (or a type parameter) has no methods.
    if (start instanceof TypeParam || under(start) instanceof Interface) {
      return null;
    }
  }
  let current: Embedded[] = [{ type: start, path: [], derefs: [], indirect }];
  const seen = new Set<Type>();
  while (current.length > 0) {
    const next: Embedded[] = [];
    const found: LookupResult[] = [];
    for (const e of current) {
      let typ = e.type;
      if (typ instanceof Named) {
        if (seen.has(typ)) {
          continue;
        }
        seen.add(typ);
        const m = methodOf(typ, name, pkg);
        if (m !== null) {
          found.push({
            obj: m,
            path: e.path,
            derefs: e.derefs,
            recvNamed: typ,
            ambiguous: false,
            viaIface: false,
            indirect: e.indirect,
          });
          continue;
        }
        typ = under(typ);
      }
      if (typ instanceof TypeParam) {
        const iface = typ.iface();
        const m = iface.allMethods().find((x) => x.name === name);
        if (m !== undefined) {
          found.push({
            obj: m,
            path: e.path,
            derefs: e.derefs,
            recvNamed: null,
            ambiguous: false,
            viaIface: true,
            indirect: e.indirect,
          });
        }
        continue;
      }
      if (typ instanceof Struct) {
        typ.fields.forEach((f, i) => {
          if (f.name === name && sameName(f, pkg)) {
            found.push({
              obj: f,
              path: [...e.path, i],
              derefs: [...e.derefs, false],
              recvNamed: null,
              ambiguous: false,
              viaIface: false,
              indirect: e.indirect,
            });
          }
          if (f.embedded) {
            const ft = f.type;
            const fu = under(ft);
            const isPtr = !(ft instanceof Named) && fu instanceof Pointer;
            next.push({
              type: isPtr ? fu.elem : ft,
              path: [...e.path, i],
              derefs: [...e.derefs, isPtr],
              indirect: isPtr,
            });
          }
        });
      } else if (typ instanceof Interface) {
        const m = typ.allMethods().find((x) => x.name === name && sameName(x, pkg));
        if (m !== undefined) {
          found.push({
            obj: m,
            path: e.path,
            derefs: e.derefs,
            recvNamed: null,
            ambiguous: false,
            viaIface: true,
            indirect: e.indirect,
          });
        }
      }
    }
    if (found.length === 1) {
      return found[0] ?? null;
    }
    if (found.length > 1) {
      const f = found[0];
      return f === undefined ? null : { ...f, ambiguous: true };
    }
    current = next;
  }
  return null;
}

function sameName(o: { name: string; pkg: Package | null }, pkg: Package | null): boolean {
  const c = o.name.charCodeAt(0);
  const exported = c >= 65 && c <= 90;
  return exported || o.pkg === null || o.pkg === pkg || !/^[a-z_]/.test(o.name);
}

/** The method `name` declared on named type t (instantiated for generic instances). */
export function methodOf(t: Named, name: string, pkg: Package | null): FuncObj | null {
  const base = t.orig ?? t;
  const m = base.methods.find((x) => x.name === name);
  if (m === undefined || !sameName(m, pkg)) {
    return null;
  }
  if (t.orig === null || t.typeArgs.length === 0) {
    return m;
  }
  // A method of an instance: its signature with the type arguments substituted.
  // The method's signature uses its receiver's own type parameters (`func (s Set[K]) ...`).
  let tps: readonly Type[] = base.typeParams;
  const rt = m.type.recv?.type;
  const rn = rt instanceof Pointer ? rt.elem : rt;
  if (
    rn instanceof Named &&
    rn.orig === base &&
    rn.typeArgs.length === base.typeParams.length &&
    rn.typeArgs.every((a) => a instanceof TypeParam)
  ) {
    tps = rn.typeArgs;
  }
  const inst = new FuncObj(
    m.name,
    m.pos,
    m.pkg,
    substituteSig(m.type, tps as readonly TypeParam[], t.typeArgs),
    m.decl,
  );
  inst.ptrRecv = m.ptrRecv;
  inst.jsName = m.jsName;
  return inst;
}

/**
 * Why t does not implement interface `iface`, or null if it does, in Go's compiler wording
 * (types2 missingMethodReason with CompilerErrorMessages): "(missing M method)",
 * "(M method has pointer receiver)", "(wrong type for M method)\n\t\thave …\n\t\twant …".
 */
export function missingMethod(t: Type, iface: Interface, pkg: Package | null): string | null {
  for (const m of iface.allMethods()) {
    // An unexported method name belongs to the interface's package: only a method declared
    // in that package matches it, wherever the check happens.
    const mpkg = sameName(m, null) ? pkg : m.pkg;
    const r = lookupFieldOrMethod(t, m.name, mpkg);
    if (r === null || !(r.obj instanceof FuncObj)) {
      // A pointer receiver method is in *T's method set, not T's.
      if (!(under(t) instanceof Interface)) {
        const pr = lookupFieldOrMethod(new Pointer(t), m.name, mpkg);
        if (pr !== null && pr.obj instanceof FuncObj) {
          return identical(withoutRecv(pr.obj.type), withoutRecv(m.type))
            ? `(${m.name} method has pointer receiver)`
            : wrongType(m, pr.obj, pkg);
        }
      }
      const tu = under(t);
      if (tu instanceof Pointer && under(tu.elem) instanceof Interface) {
        return `(type ${typeString(t, pkg)} is pointer to interface, not interface)`;
      }
      return `(missing ${m.name} method)`;
    }
    const f = r.obj;
    if (!identical(withoutRecv(f.type), withoutRecv(m.type))) {
      return wrongType(m, f, pkg);
    }
    // A method with a pointer receiver reached from a value (not through a pointer or an
    // embedded pointer) is not in the value's method set.
    if (f.ptrRecv && !r.indirect && !(under(t) instanceof Pointer)) {
      return `(${m.name} method has pointer receiver)`;
    }
  }
  return null;
}

function wrongType(want: FuncObj, have: FuncObj, pkg: Package | null): string {
  return `(wrong type for ${want.name} method)\n\t\thave ${have.name}${signatureString(have.type, pkg)}\n\t\twant ${want.name}${signatureString(want.type, pkg)}`;
}

function withoutRecv(s: Signature): Signature {
  return s.recv === null
    ? s
    : new (s.constructor as typeof Signature)(s.typeParams, s.params, s.results, s.variadic, null);
}
