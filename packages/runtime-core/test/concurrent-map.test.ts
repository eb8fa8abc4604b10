// Go's "concurrent map …" fatal errors: another goroutine's operation run through the
// scheduling hook inside a write's hashWriting window must end the program with Go's text.
import { describe, expect, it } from 'vitest';
import {
  GoFatalError,
  GoRuntime,
  Hiter,
  MapOp,
  MapPoint,
  hashWriting,
  mapiterinit,
  mapiternext,
  types,
  type SchedulingHook,
} from '../src/index.ts';
import { GoMap } from './go-map.ts';

/** A hook that runs `other` once, the first time `op` reaches `point`. */
function interleave(op: MapOp, point: MapPoint, other: () => void): SchedulingHook {
  let done = false;
  return {
    mapStep(_h, o, p) {
      if (!done && o === op && p === point) {
        done = true;
        other();
      }
    },
  };
}

function fatalOf(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GoFatalError) {
      return e.message;
    }
    throw e;
  }
  return 'no fatal error';
}

describe('operations overlapping a write', () => {
  const setup = (): { rt: GoRuntime; m: GoMap } => {
    const rt = new GoRuntime();
    const m = new GoMap(types.int, types.int, { rt });
    for (let i = 0; i < 20; i++) {
      m.set(i, i);
    }
    return { rt, m };
  };

  it('a read inside the window: concurrent map read and map write', () => {
    const { rt, m } = setup();
    rt.hook = interleave(MapOp.Assign, MapPoint.Writing, () => m.get(3));
    expect(
      fatalOf(() => {
        m.set(1, 2);
      }),
    ).toBe('fatal error: concurrent map read and map write');
  });

  it('a write inside the window: concurrent map writes', () => {
    const { rt, m } = setup();
    rt.hook = interleave(MapOp.Delete, MapPoint.Written, () => {
      m.set(100, 1);
    });
    expect(
      fatalOf(() => {
        m.delete(1);
      }),
    ).toBe('fatal error: concurrent map writes');
  });

  it('an iteration step inside the window: concurrent map iteration and map write', () => {
    const { rt, m } = setup();
    const it = new Hiter(m.t);
    mapiterinit(rt, m.h, it);
    rt.hook = interleave(MapOp.Clear, MapPoint.Writing, () => {
      mapiternext(rt, it);
    });
    expect(
      fatalOf(() => {
        m.clear();
      }),
    ).toBe('fatal error: concurrent map iteration and map write');
  });

  it('a writer that toggled the flag after we checked it: caught when our window closes', () => {
    const { rt, m } = setup();
    // The other writer passed its check before ours set the flag; its `flags ^= hashWriting`
    // turns the flag back off while we are still writing.
    rt.hook = interleave(MapOp.Assign, MapPoint.Writing, () => {
      m.h.flags ^= hashWriting;
    });
    expect(
      fatalOf(() => {
        m.set(1, 2);
      }),
    ).toBe('fatal error: concurrent map writes');
  });

  it('operations that do not overlap the window are fine', () => {
    const { rt, m } = setup();
    rt.hook = interleave(MapOp.Assign, MapPoint.Enter, () => {
      m.set(50, 50);
      m.get(3);
    });
    m.set(1, 2);
    expect([m.get(1), m.get(50), m.len]).toEqual([2, 50, 21]);
  });

  it('hook points come in order: enter, writing, written', () => {
    const { rt, m } = setup();
    const seen: string[] = [];
    rt.hook = {
      mapStep(_h, op, point) {
        seen.push(`${op}:${point}`);
      },
    };
    m.set(1, 1);
    m.get(1);
    expect(seen).toEqual(['assign:enter', 'assign:writing', 'assign:written', 'access:enter']);
  });
});
