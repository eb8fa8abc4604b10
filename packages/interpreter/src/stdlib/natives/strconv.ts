// Natives of strconv: Go's float formatting and parsing (the TypeScript ports in src/fmt).
import { errRange, errSyntax, formatFloat, parseFloat } from '../../fmt/index.ts';

/** strconv.formatFloat(f, fmt, prec, bitSize); bitSize is 32 or 64 (checked in Go). */
function formatFloatNative(f: unknown, fmt: unknown, prec: unknown, bitSize: unknown): string {
  return formatFloat(
    f as number,
    String.fromCharCode(fmt as number),
    Number(prec),
    bitSize === 32 ? 32 : 64,
  );
}

/** strconv.parseFloat(s, bitSize) → [value, the error's input, 0 | 1 (syntax) | 2 (range)]. */
function parseFloatNative(s: unknown, bitSize: unknown): [number, string, number] {
  const r = parseFloat(s as string, Number(bitSize));
  if (r.err === null) {
    return [r.value, '', 0];
  }
  return [r.value, r.err.num, r.err.err === errSyntax ? 1 : r.err.err === errRange ? 2 : 1];
}

/** The strconv natives, keyed by "strconv.name". */
export const strconvNatives: Record<string, (...args: unknown[]) => unknown> = {
  'strconv.formatFloat': formatFloatNative,
  'strconv.parseFloat': parseFloatNative,
};
