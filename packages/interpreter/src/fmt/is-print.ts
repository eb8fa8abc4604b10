// strconv.IsPrint and IsGraphic over Go 1.19's own tables. Go: strconv/quote.go IsPrint.
import { isGraphic, isNotPrint16, isNotPrint32, isPrint16, isPrint32 } from './is-print-tables.ts';

// Go: strconv/quote.go bsearch16 / bsearch32: the smallest index i with a[i] >= x.
function bsearch(a: Uint16Array | Uint32Array, x: number): number {
  let i = 0,
    j = a.length;
  while (i < j) {
    const h = i + ((j - i) >> 1);
    if ((a[h] ?? 0) < x) {
      i = h + 1;
    } else {
      j = h;
    }
  }
  return i;
}

function inRanges(ranges: Uint16Array | Uint32Array, r: number): boolean {
  const i = bsearch(ranges, r);
  return i < ranges.length && r >= (ranges[i & ~1] ?? 0) && r <= (ranges[i | 1] ?? 0);
}

function listed(list: Uint16Array, r: number): boolean {
  const j = bsearch(list, r);
  return j < list.length && list[j] === r;
}

/**
 * Whether Go considers r printable: letters, marks, numbers, punctuation, symbols and the ASCII
 * space (Unicode 13.0.0, as Go 1.19). Go: strconv.IsPrint.
 */
export function isPrint(r: number): boolean {
  if (r <= 0xff) {
    if (r >= 0x20 && r <= 0x7e) {
      return true;
    }
    if (r >= 0xa1 && r <= 0xff) {
      return r !== 0xad; // the soft hyphen
    }
    return false;
  }
  if (r < 0x10000) {
    return inRanges(isPrint16, r) && !listed(isNotPrint16, r);
  }
  if (!inRanges(isPrint32, r)) {
    return false;
  }
  return r >= 0x20000 || !listed(isNotPrint32, r - 0x10000);
}

/** Whether r is printable or a graphic space. Go: strconv.IsGraphic. */
export function isGraphicRune(r: number): boolean {
  return isPrint(r) || (r <= 0xffff && listed(isGraphic, r));
}
