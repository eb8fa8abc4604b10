// Package unsafe: the type Pointer and the functions Sizeof, Alignof, Offsetof, Add and Slice,
// which the checker treats as builtins (`unsafe.Sizeof`). Go: go/types universe.go.
import { BuiltinObj, TypeName } from '../check/objects.ts';
import { Package } from '../check/package.ts';
import type { Scope } from '../check/scope.ts';
import { Typ } from '../check/types.ts';

/** Package unsafe, made once per standard library (checked packages refer to it). */
export function unsafePackage(universe: Scope): Package {
  const pkg = new Package('unsafe', 'unsafe', [], universe, true);
  pkg.scope.insert(new TypeName('Pointer', null, pkg, Typ.unsafePointer));
  for (const name of ['Sizeof', 'Alignof', 'Offsetof', 'Add', 'Slice']) {
    pkg.scope.insert(new BuiltinObj(name));
  }
  return pkg;
}
