// Go's formatting: fmt's printer (Sprintf, Sprint, Sprintln, Errorf's text), strconv's number
// and quoting conversions, and the runtime's print/println and panic-value printing, as Go 1.19.
// Strings in and out are Go byte strings (one code unit per byte).
export type { FmtHost, FmtMethod } from './host.ts';
export { errorf, sprint, sprintf, sprintln, type ErrorfResult } from './sprint.ts';
export {
  panicValueText,
  printany,
  printfloat,
  runtimePrint,
  runtimePrintln,
  type PrintArg,
  type RuntimeAddrs,
} from './runtime-print.ts';
export { formatFloat } from './strconv-ftoa.ts';
export { formatInt, formatUint, itoa, type Int64 } from './strconv-itoa.ts';
export {
  NumError,
  atoi,
  errRange,
  errSyntax,
  formatBool,
  parseBool,
  parseInt,
  parseUint,
  type Parsed,
} from './strconv-atoi.ts';
export { parseFloat } from './strconv-atof.ts';
export {
  canBackquote,
  quote,
  quoteRune,
  quoteRuneToASCII,
  quoteToASCII,
  quoteToGraphic,
  unquote,
  unquoteChar,
  type UnquotedChar,
} from './strconv-quote.ts';
export { isGraphicRune, isPrint } from './is-print.ts';
export {
  decodeRune,
  encodeRune,
  fromByteString,
  runeCount,
  toByteString,
  validString,
} from './utf8.ts';
