// Type layouts and map types against Go 1.19's own descriptors (golden/types.json, recorded by
// recorder/types.go from the runtime's _type and maptype structs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapType, pointerWords } from '../../src/index.ts';
import { parseType } from './golden-codec.ts';

interface TypeRow {
  type: string;
  size: number;
  align: number;
  ptrdata: number;
  comparable: boolean;
  regularMemory: boolean;
  pointerWords: number[];
}

interface MapRow {
  type: string;
  keysize: number;
  elemsize: number;
  bucketsize: number;
  bucketPtrdata: number;
  indirectkey: boolean;
  indirectelem: boolean;
  reflexivekey: boolean;
  needkeyupdate: boolean;
  hashMightPanic: boolean;
}

const golden = JSON.parse(readFileSync(new URL('golden/types.json', import.meta.url), 'utf8')) as {
  types: TypeRow[];
  maps: MapRow[];
};

describe('type layouts against Go 1.19 (linux/amd64)', () => {
  it.each(golden.types.map((r) => [r.type, r] as const))('%s', (_name, row) => {
    const t = parseType(row.type);
    expect({
      type: row.type,
      size: t.size,
      align: t.align,
      ptrdata: t.ptrdata,
      comparable: t.alg !== null,
      regularMemory: t.alg?.regularMemory ?? false,
      pointerWords: pointerWords(t),
    }).toEqual(row);
  });
});

describe('map types against Go 1.19 (maptype and its bucket type)', () => {
  it.each(golden.maps.map((r) => [r.type, r] as const))('%s', (_name, row) => {
    const mt = mapType(parseType(row.type));
    expect({
      type: row.type,
      keysize: mt.indirectkey ? 8 : mt.key.size,
      elemsize: mt.indirectelem ? 8 : mt.elem.size,
      bucketsize: mt.bucketsize,
      bucketPtrdata: mt.bucket.ptrdata,
      indirectkey: mt.indirectkey,
      indirectelem: mt.indirectelem,
      reflexivekey: mt.reflexivekey,
      needkeyupdate: mt.needkeyupdate,
      hashMightPanic: mt.hashMightPanic,
    }).toEqual(row);
  });
});
