// The race detector against the Go memory model (doc/go_mem.html): its examples of correct
// synchronization must report nothing, its examples of incorrect synchronization must report
// the race, whatever the schedule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AtomicInt,
  Chan,
  after,
  Mutex,
  Once,
  UniformRandom,
  WaitGroup,
  close,
  formatRace,
  goStatement,
  gosched,
  recv,
  send,
  sleep,
  type GoBody,
  type Op,
  type Outcome,
  type RaceReport,
  type RaceStack,
  Scheduler,
} from '../src/index.ts';

const A = 0xc000010000; // the variable `a`

/** The report go run -race printed for test/go/race.go (its first report). */
function goldenReport(): string {
  const text = readFileSync(new URL('go/race.golden', import.meta.url), 'utf8');
  const end = text.indexOf('==================', 1) + '==================\n'.length;
  return text.slice(0, end);
}

/** Addresses, pc offsets and the recording's directory differ from the model's: the rest. */
function normalize(report: string): string {
  return report
    .replace(/0x[0-9a-f]{12}/g, 'ADDR')
    .replace(/ \+0x[0-9a-f]+$/gm, ' +0x0')
    .replace(/\S*\/race\.go:/g, 'race.go:');
}

/** A stack of one frame per [function, line] of race.go, innermost first. */
function stack(...frames: [string, number][]): RaceStack {
  return { frames: () => frames.map(([func, line]) => ({ func, file: 'race.go', line })) };
}
const B = 0xc000010008; // the variable `b`

/** Runs `main` with race detection under several schedules; the races of each run. */
function races(
  main: (s: Scheduler) => GoBody,
  seeds = 10,
): { races: RaceReport[][]; outcomes: Outcome[] } {
  const all: RaceReport[][] = [];
  const outcomes: Outcome[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const s = new Scheduler({ race: true, strategy: new UniformRandom(seed) });
    outcomes.push(s.run(main(s)));
    all.push(s.race?.races ?? []);
  }
  return { races: all, outcomes };
}

describe('correctly synchronized programs (Go memory model): no report', () => {
  it('the go statement happens before the goroutine starts', () => {
    const r = races((s) =>
      (function* (): GoBody {
        s.memWrite(A, 'hello:a=');
        const done = new Chan(0, 0);
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memRead(A, 'f:print(a)');
            yield* send(s, done, 0);
          })(),
        );
        yield* recv(s, done);
      })(),
    );
    expect(r.races.flat()).toEqual([]);
  });

  it.each([
    ['a buffered send happens before the receive completes', 10, 'send'],
    ['close happens before a receive that returns because of it', 10, 'close'],
    ['an unbuffered receive happens before the send completes', 0, 'recv-first'],
  ] as const)('%s', (_name, cap, how) => {
    const r = races((s) =>
      (function* (): GoBody {
        const c = new Chan(cap, 0);
        if (how === 'recv-first') {
          yield* goStatement(
            s,
            (function* (): GoBody {
              s.memWrite(A, 'f:a=');
              yield* recv(s, c);
            })(),
          );
          yield* send(s, c, 0);
        } else {
          yield* goStatement(
            s,
            (function* (): GoBody {
              s.memWrite(A, 'f:a=');
              yield* how === 'send' ? send(s, c, 0) : close(s, c);
            })(),
          );
          yield* recv(s, c);
        }
        s.memRead(A, 'main:print(a)');
      })(),
    );
    expect(r.races.flat()).toEqual([]);
  });

  it('a buffered channel as a semaphore: the k-th receive happens before the (k+C)-th send completes', () => {
    const r = races((s) =>
      (function* (): GoBody {
        const limit = new Chan(1, 0);
        const done = new Chan(0, 0);
        for (let i = 0; i < 3; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* send(s, limit, 1); // acquire
              s.memRead(A, 'work:read a');
              s.memWrite(A, 'work:write a');
              yield* recv(s, limit); // release
              yield* send(s, done, 0);
            })(),
          );
        }
        for (let i = 0; i < 3; i++) {
          yield* recv(s, done);
        }
      })(),
    );
    expect(r.races.flat()).toEqual([]);
  });

  it('Unlock n happens before Lock n+1 returns; Once; WaitGroup; atomics', () => {
    const r = races((s) =>
      (function* (): GoBody {
        const mu = new Mutex();
        const once = new Once();
        const wg = new WaitGroup();
        const flag = new AtomicInt(32, true);
        yield* wg.add(s, 4);
        for (let i = 0; i < 2; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* mu.lock(s);
              s.memWrite(A, 'locked:a++');
              yield* mu.unlock(s);
              yield* once.do(s, function* (): Op {
                s.memWrite(B, 'setup:b=');
                yield* gosched();
              });
              s.memRead(B, 'after once:read b');
              yield* wg.done(s);
            })(),
          );
        }
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memWrite(A + 16, 'publisher:c=');
            yield* flag.store(s, 1);
            yield* wg.done(s);
          })(),
        );
        yield* goStatement(
          s,
          (function* (): GoBody {
            while ((yield* flag.load(s)) === 0) {
              yield* gosched();
            }
            s.memRead(A + 16, 'subscriber:read c');
            yield* wg.done(s);
          })(),
        );
        yield* wg.wait(s);
        s.memRead(A, 'main:read a');
      })(),
    );
    expect(r.races.flat()).toEqual([]);
  });
});

describe('incorrectly synchronized programs: the race is reported', () => {
  it('two unordered writes race, and the report reads like go run -race', () => {
    const r = races((s) =>
      (function* (): GoBody {
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memWrite(A, 'main.go:8');
            yield* gosched();
          })(),
        );
        s.memWrite(A, 'main.go:10');
        yield* sleep(s, 1_000_000); // lets the goroutine run in every schedule; no edge
      })(),
    );
    // Whatever the order, the two writes are unordered: every run reports them.
    expect(r.races.every((rs) => rs.length === 1)).toBe(true);
    // Go's own order runs main's write first, then the goroutine's, as test/go/race.go did
    // under go run -race (race.golden): the same report, stacks included. (That program does
    // not import os: its first goroutine is goid 5, "goroutine 6" in reports.)
    // Formatted when found, as the interpreter does: the goroutine is still running.
    const reports: string[] = [];
    const s: Scheduler = new Scheduler({
      race: true,
      firstGoid: 5,
      onRace: (r) => reports.push(formatRace(r, (id) => s.raceGoroutine(id))),
    });
    s.run(
      (function* (): GoBody {
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memWrite(A, stack(['main.main.func1', 10]));
            yield* gosched();
          })(),
          'race.go:9',
          stack(['main.main', 9]),
        );
        s.memWrite(A, stack(['main.main', 12]));
        yield* sleep(s, 1_000_000);
      })(),
    );
    expect(reports.map(normalize)).toEqual([normalize(goldenReport())]);
    expect(r.outcomes.every((o) => o.kind === 'exit' && o.code === 66)).toBe(true);
  });

  it('goroutine exit is not a synchronization: a finished goroutine’s write still races', () => {
    const r = races((s) =>
      (function* (): GoBody {
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memWrite(A, 'g:a=1');
            yield* gosched();
          })(),
        );
        for (let i = 0; i < 5; i++) {
          yield* gosched(); // by now the goroutine has exited, in every schedule
        }
        s.memRead(A, 'main:print(a)');
      })(),
    );
    expect(r.races.every((rs) => rs.length === 1 && rs[0]?.previous.at === 'g:a=1')).toBe(true);
  });

  it('busy-waiting on a plain flag (go_mem’s "done" example) races on the flag and on a', () => {
    const DONE = B;
    const r = races((s) =>
      (function* (): GoBody {
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memWrite(A, 'setup:a=');
            s.memWrite(DONE, 'setup:done=true');
            yield* gosched();
          })(),
        );
        for (let i = 0; i < 3; i++) {
          s.memRead(DONE, 'main:for !done');
          yield* gosched();
        }
        s.memRead(A, 'main:print(a)');
      })(),
    );
    const places = new Set(
      r.races
        .flat()
        .map((x) => [x.current.at as string, x.previous.at as string].sort().join(' vs ')),
    );
    expect(places).toEqual(
      new Set(['main:for !done vs setup:done=true', 'main:print(a) vs setup:a=']),
    );
  });

  it('an unrelated mutex creates no edge', () => {
    const r = races((s) =>
      (function* (): GoBody {
        const mu = new Mutex();
        const other = new Mutex();
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* mu.lock(s);
            s.memWrite(A, 'g:a=');
            yield* mu.unlock(s);
          })(),
        );
        yield* sleep(s, 1_000_000);
        yield* other.lock(s);
        s.memRead(A, 'main:read a');
        yield* other.unlock(s);
      })(),
    );
    expect(r.races.every((rs) => rs.length === 1)).toBe(true);
  });
});

describe('reports as Go prints them', () => {
  it('one report per address, and one per pair of stacks, each as it is found', () => {
    const found: RaceReport[] = [];
    const s = new Scheduler({ race: true, onRace: (r) => found.push(r) });
    const seen: number[] = [];
    s.run(
      (function* (): GoBody {
        for (let i = 0; i < 2; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              s.memRead(A, 'g.go:3'); // counter++: the read …
              s.memWrite(A, 'g.go:3w'); // … and the write
              s.memWrite(B + 8 * i, 'g.go:4'); // elements of a slice, one per goroutine
              s.memRead(B, 'g.go:5');
              yield* gosched();
            })(),
          );
          yield* sleep(s, 1000);
          seen.push(found.length);
        }
      })(),
    );
    // The second goroutine's read of A races with the first's write; its write of A is not
    // reported again (same address); its read of B races with the first's write of B.
    expect(found.map((r) => [r.addr, r.current.at, r.previous.at])).toEqual([
      [A, 'g.go:3', 'g.go:3w'],
      [B, 'g.go:5', 'g.go:4'],
    ]);
    expect(seen).toEqual([0, 2]);
    expect(s.race?.races).toEqual(found);
  });

  it('numbers goroutines as ThreadSanitizer does: goid + 1, one more after the first timer', () => {
    const s = new Scheduler({ race: true });
    const ids: number[] = [];
    s.run(
      (function* (): GoBody {
        ids.push(
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* gosched();
            })(),
            'a.go:1',
            stack(['main.main', 1]),
          ),
        );
        yield* sleep(s, 1000);
        ids.push(
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* sleep(s, 5000);
            })(),
          ),
        );
        yield* sleep(s, 1000);
      })(),
    );
    expect(ids).toEqual([6, 7]);
    expect(s.raceGoroutine(6)).toMatchObject({ number: 7, finished: true });
    expect(s.raceGoroutine(7)).toMatchObject({ number: 9, finished: false });
    expect(s.raceGoroutine(1)).toBeUndefined();
  });

  it("a timer firing outside any goroutine synchronizes as the runtime's timer context", () => {
    const s = new Scheduler({ race: true });
    const outcome = s.run(
      (function* (): GoBody {
        const c = after(s, 1000);
        yield* recv(s, c);
      })(),
    );
    expect(outcome).toMatchObject({ kind: 'exit', code: 0 });
  });

  it('prints stacks frame by frame, and plain positions as one line', () => {
    const s = new Scheduler({ race: true });
    s.run(
      (function* (): GoBody {
        yield* goStatement(
          s,
          (function* (): GoBody {
            s.memWrite(A, stack(['main.f', 7], ['main.main.func1', 12]));
            yield* gosched();
          })(),
          'main.go:11',
          stack(['main.main', 11]),
        );
        yield* sleep(s, 1000);
        s.memRead(A, 'main.go:14');
      })(),
    );
    const [race] = s.race?.races ?? [];
    expect(race && formatRace(race, (id) => s.raceGoroutine(id))).toBe(
      [
        '==================',
        'WARNING: DATA RACE',
        'Read at 0x00c000010000 by main goroutine:',
        '      main.go:14',
        '',
        'Previous write at 0x00c000010000 by goroutine 7:',
        '  main.f()',
        '      race.go:7 +0x0',
        '  main.main.func1()',
        '      race.go:12 +0x0',
        '',
        'Goroutine 7 (finished) created at:',
        '  main.main()',
        '      race.go:11 +0x0',
        '==================',
        '',
      ].join('\n'),
    );
  });
});
