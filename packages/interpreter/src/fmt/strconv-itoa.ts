// Integer to string in bases 2..36. Go: strconv/itoa.go.

/** A Go 64-bit integer as the interpreter holds it (number when safe, else bigint). */
export type Int64 = number | bigint;

function checkBase(base: number): void {
  if (base < 2 || base > 36) {
    // Go: strconv.formatBits panics with this text.
    throw new RangeError('strconv: illegal AppendInt/FormatInt base');
  }
}

/** i in the given base, lower-case letters for digits ≥ 10. Go: strconv.FormatInt. */
export function formatInt(i: Int64, base: number): string {
  checkBase(base);
  return i.toString(base);
}

/** i (an unsigned value) in the given base. Go: strconv.FormatUint. */
export function formatUint(i: Int64, base: number): string {
  checkBase(base);
  return (
    typeof i === 'bigint' ? BigInt.asUintN(64, i) : i < 0 ? BigInt.asUintN(64, BigInt(i)) : i
  ).toString(base);
}

/** i in base 10. Go: strconv.Itoa. */
export function itoa(i: Int64): string {
  return i.toString(10);
}
