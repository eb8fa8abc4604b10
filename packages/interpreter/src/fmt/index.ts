// The runtime's own printing: the print and println builtins and the panic value in
// "panic: …", as Go 1.19 prints them (programs' fmt is Go's own, on the interpreter's reflect);
// and the byte-string helpers. Strings in and out are Go byte strings (one code unit per byte).
export type { FmtHost, FmtMethod } from './host.ts';
export {
  panicValueText,
  printany,
  printfloat,
  runtimePrint,
  runtimePrintln,
  type PrintArg,
  type RuntimeAddrs,
} from './runtime-print.ts';
export {
  decodeRune,
  encodeRune,
  fromByteString,
  runeCount,
  toByteString,
  validString,
} from '@mapscope/go-types/utf8';
