import { place } from '../diagnostic.ts';
import { mayStartGoroutines } from '../goroutines.ts';
import type { DeclContext, Rule, RuleId } from '../rule.ts';
import type { MapAccess, MapAccessKind } from '../map-access.ts';
import { mapConflicts } from '../map-conflicts.ts';
import type { MapConflict } from '../map-conflicts.ts';
import type { Race, RaceAccess } from '../races.ts';

/**
 * MH001 concurrent-map-write: a goroutine (`go func(){…}()`) writes a map that, with no
 * lock on either side and nothing ordering them, other instances of the same goroutine (its
 * go statement is in a loop), another goroutine started beside it, or the function that
 * started it (after the go statement, before any wait) write or read. Reported at the
 * goroutine's write; a write of the spawner while the goroutine only reads is reported at
 * that write. Go: runtime/map.go mapassign/mapdelete throw "concurrent map writes",
 * mapaccess "concurrent map read and map write"; `throw` is a fatal error, not a panic.
 * Not flagged: sync.Map, maps only read, accesses under X.Lock()/X.RLock() on either side,
 * accesses after wg.Wait(), a receive or a select, maps made inside the goroutine or per
 * loop iteration, different maps, and maps of unknown type.
 */
export const concurrentMapWrite: Rule = {
  id: 'MH001',
  mayConcern: mayStartGoroutines,
  wants: (c) => c.has('goroutine'),
  check(ctx: DeclContext): void {
    report(ctx, 'MH001', (c) => c.at.kind === 'write' && c.other.kind !== 'range');
  },
};

/**
 * MH002 map-range-during-write: `for … range m` in a goroutine while another goroutine, an
 * instance of the same one, or the spawner after the go statement writes m, or a range in
 * the spawner after the go statement while the goroutine writes m; unguarded and unordered
 * as for MH001. Go: runtime/map.go mapiternext throws "concurrent map iteration and map
 * write". Deleting or assigning inside one's own range loop is legal and never a pair.
 */
export const mapRangeDuringWrite: Rule = {
  id: 'MH002',
  mayConcern: mayStartGoroutines,
  wants: (c) => c.has('goroutine'),
  check(ctx: DeclContext): void {
    report(ctx, 'MH002', (c) => c.at.kind === 'range');
  },
};

/** Reports each access once, against the conflicting access `rank` prefers. */
function report(ctx: DeclContext, rule: RuleId, wanted: (c: MapConflict) => boolean): void {
  const best = new Map<number, MapConflict>();
  for (const c of mapConflicts(ctx)) {
    const known = best.get(c.at.node.start);
    if (wanted(c) && (known === undefined || rank(c) < rank(known))) {
      best.set(c.at.node.start, c);
    }
  }
  for (const c of best.values()) {
    ctx.report(rule, c.at.node, message(ctx, c));
  }
}

/** Prefer a write on the other side (the likelier crash), then the earliest access. */
function rank(c: MapConflict): number {
  return (c.other.kind === 'write' ? 0 : 1e9) + c.other.node.start;
}

const PAST: Record<MapAccessKind, string> = {
  write: 'written',
  read: 'read',
  range: 'ranged over',
};

const PRESENT: Record<MapAccessKind, string> = {
  write: 'writes',
  read: 'reads',
  range: 'ranges over',
};

function message(ctx: DeclContext, c: MapConflict): string {
  const line = (offset: number): number => ctx.file.position(offset).line;
  const m = c.at.through?.name ?? c.at.map.text;
  const by = (a: MapAccess): string => (a.through === undefined ? '' : ` by ${a.through.where}`);
  const started = `${c.goroutine.via === 'go' ? 'go statement' : 'Go call'} at line ${line(c.goroutine.stmt.start)}`;
  const otherLine = `${line(c.other.node.start)}${by(c.other)}`;
  let here: string;
  let there: string;
  switch (c.relation) {
    case 'instances':
      here = `in a goroutine started in a loop (${started})`;
      there = `another instance of the same goroutine ${PRESENT[c.other.kind]} it (line ${otherLine})`;
      break;
    case 'goroutine':
      here = `in a goroutine (${started})`;
      there = `another goroutine ${PRESENT[c.other.kind]} it at line ${otherLine}`;
      break;
    case 'spawner':
      here = `in a goroutine (${started})`;
      there =
        `the function that started it ${PRESENT[c.other.kind]} it at line ${otherLine}, ` +
        'after starting it and before waiting for it';
      break;
    case 'spawned':
      here = `after the ${started} and before waiting for that goroutine`;
      there = `the goroutine ${PRESENT[c.other.kind]} it at line ${otherLine}`;
      break;
  }
  const kinds = new Set([c.at.kind, c.other.kind]);
  const range = kinds.has('range');
  const fatal = range
    ? 'concurrent map iteration and map write'
    : kinds.has('read')
      ? 'concurrent map read and map write'
      : 'concurrent map writes';
  const hazard = range ? 'map range during a concurrent write' : 'concurrent map access';
  const fix = c.readLocked
    ? 'take the write lock (Lock, not RLock) around the write'
    : range
      ? 'hold one sync.Mutex around both the loop and the write, range over a copy made ' +
        'under that lock, or finish the writes (wg.Wait()) before ranging'
      : 'guard both accesses with one sync.Mutex, use sync.Map, or give each goroutine its ' +
        'own map and merge them after wg.Wait()';
  return (
    `${hazard}: map ${m} is ${PAST[c.at.kind]}${c.at.through ? `${by(c.at)}, given it here,` : ' here'} ` +
    `${here} while ${there}, ` +
    (c.readLocked ? 'with only a read lock held (RLock lets both in at once) ' : 'with no lock ') +
    `and no wait between them: Go stops the program with "fatal error: ${fatal}", which ` +
    `recover cannot catch; ${fix}`
  );
}

/**
 * The message of a race the package pass found (races.ts): both sides with their goroutines,
 * and the lock one holds and the other does not.
 */
export function raceMessage(r: Race): string {
  const side = (a: RaceAccess): string =>
    `${where(a)} in ${a.func}` +
    (a.via.length > 0 ? ` (reached by calls at ${a.via.join(', ')})` : '');
  const held = (a: RaceAccess): string =>
    a.locks.length === 0
      ? 'with no lock held'
      : `holding ${a.locks.map((l) => (l.read ? `${l.text} (read lock)` : l.text)).join(', ')}`;
  const who =
    r.other.goroutine.id === r.at.goroutine.id && r.other.goroutine.label === r.at.goroutine.label
      ? `another instance of ${r.at.goroutine.label}`
      : r.other.goroutine.label;
  const kinds = new Set([r.at.kind, r.other.kind]);
  const fatal = kinds.has('range')
    ? 'concurrent map iteration and map write'
    : kinds.has('read')
      ? 'concurrent map read and map write'
      : 'concurrent map writes';
  const readLocked = (a: RaceAccess): boolean =>
    a.kind === 'write' && a.locks.length > 0 && a.locks.every((l) => l.read);
  const fix =
    r.missing !== undefined
      ? `hold ${r.missing} here too`
      : readLocked(r.at) || readLocked(r.other)
        ? `take the write lock (Lock, not RLock) around the write in ${(readLocked(r.at) ? r.at : r.other).func}`
        : 'guard both with one sync.Mutex, or use sync.Map';
  return (
    `map ${r.at.text} (${r.map}) is ${PAST[r.at.kind]} at ${side(r.at)} by ${r.at.goroutine.label}, ` +
    `${held(r.at)}, while ${who} ${PRESENT[r.other.kind]} it at ${side(r.other)}, ` +
    `${held(r.other)}: Go stops the program with "fatal error: ${fatal}"; ${fix}`
  );
}

/** The related location's message: the other side of a race, and who makes it. */
export function raceOtherSide(r: Race): string {
  return `the other side: ${r.other.text} ${PAST[r.other.kind]} by ${r.other.goroutine.label}`;
}

function where(a: RaceAccess): string {
  return place(a.file, a.node.start);
}
