// Natives of the unicode package: Go 1.19's classification and simple case mapping, looked up
// in tables generated from Go itself (unicode-tables.generated.ts, Unicode 13.0.0), so the
// answers do not depend on the JavaScript engine's Unicode version.
// Go: src/unicode/graphic.go, letter.go.
import * as tables from './unicode-tables.generated.ts';

/** A decoded table: flat runs of `width` numbers each, sorted by their first (lo) entry. */
interface Runs {
  readonly data: Int32Array;
  readonly width: number;
}

function decode(encoded: string, width: number): Runs {
  const parts = encoded === '' ? [] : encoded.split(',');
  return { data: Int32Array.from(parts, (p) => parseInt(p, 36)), width };
}

/** Memoizes a table's decoding until its first use. */
function lazy(encoded: string, width: number): () => Runs {
  let runs: Runs | undefined;
  return () => (runs ??= decode(encoded, width));
}

/** The index of the run holding r (data[i] ≤ r ≤ data[i+1]), or -1. */
function find(runs: Runs, r: number): number {
  const { data, width } = runs;
  let lo = 0;
  let hi = data.length / width;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    const i = m * width;
    if ((data[i + 1] ?? 0) < r) {
      lo = m + 1;
    } else {
      hi = m;
    }
  }
  const i = lo * width;
  return i < data.length && (data[i] ?? 0) <= r ? i : -1;
}

function predicate(encoded: string): (r: unknown) => boolean {
  const runs = lazy(encoded, 2);
  return (r) => find(runs(), r as number) >= 0;
}

function mapping(encoded: string): (r: unknown) => number {
  const runs = lazy(encoded, 3);
  return (r) => {
    const rr = r as number;
    const t = runs();
    const i = find(t, rr);
    return i < 0 ? rr : rr + (t.data[i + 2] ?? 0);
  };
}

const toUpper = mapping(tables.deltasToUpper);
const toLower = mapping(tables.deltasToLower);
const foldOrbit = lazy(tables.deltasFoldOrbit, 3);

// Go: unicode/letter.go SimpleFold. The orbit table covers the classes of more than two runes.
function simpleFold(r: unknown): number {
  const rr = r as number;
  if (rr < 0 || rr > 0x10ffff) {
    return rr;
  }
  const t = foldOrbit();
  const i = find(t, rr);
  if (i >= 0) {
    return rr + (t.data[i + 2] ?? 0);
  }
  const l = toLower(rr);
  return l !== rr ? l : toUpper(rr);
}

/** The unicode natives, keyed by "unicode.Name"; runes are int32 numbers. */
export const unicodeNatives: Record<string, (...args: unknown[]) => unknown> = {
  'unicode.IsLetter': predicate(tables.rangesLetter),
  'unicode.IsUpper': predicate(tables.rangesUpper),
  'unicode.IsLower': predicate(tables.rangesLower),
  'unicode.IsTitle': predicate(tables.rangesTitle),
  'unicode.IsDigit': predicate(tables.rangesDigit),
  'unicode.IsNumber': predicate(tables.rangesNumber),
  'unicode.IsSpace': predicate(tables.rangesSpace),
  'unicode.IsPunct': predicate(tables.rangesPunct),
  'unicode.IsPrint': predicate(tables.rangesPrint),
  'unicode.IsGraphic': predicate(tables.rangesGraphic),
  'unicode.IsMark': predicate(tables.rangesMark),
  'unicode.IsSymbol': predicate(tables.rangesSymbol),
  'unicode.ToUpper': toUpper,
  'unicode.ToLower': toLower,
  'unicode.ToTitle': mapping(tables.deltasToTitle),
  'unicode.SimpleFold': simpleFold,
};
