// The universe scope: predeclared types, constants, nil and builtin functions.
// Go: go/types universe.go.
import { BuiltinObj, ConstObj, FuncObj, NilObj, TypeName, VarObj } from './objects.ts';
import { Scope } from './scope.ts';
import { Interface, Named, Signature, Tuple, Typ, type Type } from './types.ts';

export const builtinNames = [
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
] as const;

/** The predeclared `error` type. */
export const errorType: Named = (() => {
  const obj = new TypeName('error', null, null, null);
  const t = new Named(obj);
  obj.type = t;
  const sig = new Signature(
    [],
    new Tuple([]),
    new Tuple([new VarObj('', null, null, Typ.string)]),
    false,
  );
  t.underlying = new Interface([new FuncObj('Error', null, null, sig, null)], []);
  return t;
})();

/** `any` (an alias of interface{}). */
export const anyType: Interface = new Interface([], []);

/** `comparable`. */
export const comparableType: Named = (() => {
  const obj = new TypeName('comparable', null, null, null);
  const t = new Named(obj);
  obj.type = t;
  const i = new Interface([], []);
  i.comparable = true;
  t.underlying = i;
  return t;
})();

export function makeUniverse(): Scope {
  const s = new Scope(null);
  const types: [string, Type][] = [
    ['bool', Typ.bool],
    ['int', Typ.int],
    ['int8', Typ.int8],
    ['int16', Typ.int16],
    ['int32', Typ.int32],
    ['int64', Typ.int64],
    ['uint', Typ.uint],
    ['uint8', Typ.uint8],
    ['uint16', Typ.uint16],
    ['uint32', Typ.uint32],
    ['uint64', Typ.uint64],
    ['uintptr', Typ.uintptr],
    ['float32', Typ.float32],
    ['float64', Typ.float64],
    ['complex64', Typ.complex64],
    ['complex128', Typ.complex128],
    ['string', Typ.string],
    ['error', errorType],
    ['comparable', comparableType],
  ];
  for (const [name, t] of types) {
    s.insert(new TypeName(name, null, null, t));
  }
  const alias = (name: string, t: Type): void => {
    const tn = new TypeName(name, null, null, t);
    tn.alias = true;
    s.insert(tn);
  };
  alias('byte', Typ.uint8);
  alias('rune', Typ.int32);
  alias('any', anyType);
  s.insert(new ConstObj('true', null, null, Typ.untypedBool, true));
  s.insert(new ConstObj('false', null, null, Typ.untypedBool, false));
  s.insert(new ConstObj('iota', null, null, Typ.untypedInt, 0n));
  s.insert(new NilObj());
  for (const b of builtinNames) {
    s.insert(new BuiltinObj(b));
  }
  return s;
}
