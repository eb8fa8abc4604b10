// Lexical scopes. Go: go/types scope.go.
import type { Obj } from './objects.ts';

export class Scope {
  readonly parent: Scope | null;
  readonly names: Map<string, Obj> = new Map<string, Obj>();
  /** A function's outermost scope (closures capture variables across it). */
  readonly isFunc: boolean;

  constructor(parent: Scope | null, isFunc = false) {
    this.parent = parent;
    this.isFunc = isFunc;
  }

  lookup(name: string): Obj | undefined {
    return this.names.get(name);
  }

  /** The object and the scope that declares it, searching outwards. */
  lookupParent(name: string): [Obj, Scope] | undefined {
    const own = this.names.get(name);
    if (own !== undefined) {
      return [own, this];
    }
    for (let s = this.parent; s !== null; s = s.parent) {
      const o = s.names.get(name);
      if (o !== undefined) {
        return [o, s];
      }
    }
    return undefined;
  }

  /** Declares `obj`; returns the object already declared under its name here, if any. */
  insert(obj: Obj): Obj | undefined {
    const old = this.names.get(obj.name);
    if (old !== undefined) {
      return old;
    }
    this.names.set(obj.name, obj);
    return undefined;
  }
}
