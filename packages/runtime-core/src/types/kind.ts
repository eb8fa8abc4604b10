/** Go's type kinds (reflect.Kind), spelled as Go spells the basic ones. */
export const Kind = {
  Bool: 'bool',
  Int: 'int',
  Int8: 'int8',
  Int16: 'int16',
  Int32: 'int32',
  Int64: 'int64',
  Uint: 'uint',
  Uint8: 'uint8',
  Uint16: 'uint16',
  Uint32: 'uint32',
  Uint64: 'uint64',
  Uintptr: 'uintptr',
  Float32: 'float32',
  Float64: 'float64',
  Complex64: 'complex64',
  Complex128: 'complex128',
  String: 'string',
  UnsafePointer: 'unsafe.Pointer',
  Pointer: 'ptr',
  Array: 'array',
  Slice: 'slice',
  Struct: 'struct',
  Map: 'map',
  Chan: 'chan',
  Func: 'func',
  Interface: 'interface',
} as const;

/** One of {@link Kind}'s values. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Size in bytes of a pointer word on the modelled platform (linux/amd64). */
export const PtrSize = 8;

/** The integer kinds as [bits, signed]. */
export const integerKinds: ReadonlyMap<Kind, readonly [bits: number, signed: boolean]> = new Map([
  [Kind.Int, [64, true]],
  [Kind.Int8, [8, true]],
  [Kind.Int16, [16, true]],
  [Kind.Int32, [32, true]],
  [Kind.Int64, [64, true]],
  [Kind.Uint, [64, false]],
  [Kind.Uint8, [8, false]],
  [Kind.Uint16, [16, false]],
  [Kind.Uint32, [32, false]],
  [Kind.Uint64, [64, false]],
  [Kind.Uintptr, [64, false]],
]);
