// Package unsafe: the type Pointer and the functions Sizeof, Alignof, Offsetof, Add and Slice,
// which the checker treats as builtins (`unsafe.Sizeof`). Go: go/types universe.go.
import { BuiltinObj, TypeName } from '@mapscope/go-types/check/objects';
import { Package } from '@mapscope/go-types/check/package';
import type { Scope } from '@mapscope/go-types/check/scope';
import { Typ } from '@mapscope/go-types/check/types';

/** Package unsafe, made once per standard library (checked packages refer to it). */
export function unsafePackage(universe: Scope): Package {
  const pkg = new Package('unsafe', 'unsafe', [], universe, true);
  pkg.scope.insert(new TypeName('Pointer', null, pkg, Typ.unsafePointer));
  for (const name of ['Sizeof', 'Alignof', 'Offsetof', 'Add', 'Slice']) {
    pkg.scope.insert(new BuiltinObj(name));
  }
  return pkg;
}
