// An observable copy of a map's internal state, for tests, traces and the docs' views.
import { type BucketArray, type Hmap, bucketShift, nextArray } from './hmap.ts';

/** One bucket: its 8 tophash bytes and all 8 key and elem slots, stale ones included. */
export interface BucketSnapshot {
  readonly tophash: readonly number[];
  readonly keys: readonly unknown[];
  readonly elems: readonly unknown[];
}

/** A bucket followed by its overflow buckets. */
export type ChainSnapshot = readonly BucketSnapshot[];

/** The hmap header and every bucket, as Go would show them in memory. */
export interface MapSnapshot {
  readonly count: number;
  readonly flags: number;
  readonly B: number;
  readonly noverflow: number;
  readonly hash0: number;
  readonly nevacuate: number;
  /** One chain per bucket index of h.buckets; null before the first bucket is allocated. */
  readonly buckets: readonly ChainSnapshot[] | null;
  /** One chain per old bucket while growing, else null. */
  readonly oldbuckets: readonly ChainSnapshot[] | null;
  /** Index in h.buckets of the next preallocated overflow bucket (mapextra.nextOverflow). */
  readonly nextOverflow: number | null;
  /** Number of overflow buckets kept in mapextra.overflow / oldoverflow (pointer-free buckets). */
  readonly overflow: number | null;
  readonly oldoverflow: number | null;
}

/** Copies the state of `h`. */
export function snapshot(h: Hmap): MapSnapshot {
  const x = h.extra;
  return {
    count: h.count,
    flags: h.flags,
    B: h.B,
    noverflow: h.noverflow,
    hash0: h.hash0,
    nevacuate: h.nevacuate,
    buckets: chains(h.buckets, bucketShift(h.B)),
    oldbuckets: h.growing() ? chains(h.oldbuckets, h.noldbuckets()) : null,
    nextOverflow: x === null || x.nextOverflow < 0 ? null : x.nextOverflow,
    overflow: x?.overflow?.length ?? null,
    oldoverflow: x?.oldoverflow?.length ?? null,
  };
}

function chains(buckets: BucketArray | null, n: number): ChainSnapshot[] | null {
  if (buckets === null) {
    return null;
  }
  const out: ChainSnapshot[] = [];
  for (let b = 0; b < n; b++) {
    const chain: BucketSnapshot[] = [];
    for (let a: BucketArray | null = buckets, i = b; a !== null;) {
      const s = i * 8;
      chain.push({
        tophash: [...a.tophash.subarray(s, s + 8)],
        keys: a.keys.slice(s, s + 8),
        elems: a.elems.slice(s, s + 8),
      });
      const next = nextArray(a, i);
      i = a.ovfIdx[i]!;
      a = next;
    }
    out.push(chain);
  }
  return out;
}
