import { callArguments, callee, isFunction, unparen } from '@mapscope/go-syntax';
import { isExported } from '@mapscope/go-types';
import { place } from './diagnostic.ts';
import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import { calledFunction, receivedBy, signalledChannel } from './call-effects.ts';
import { asMap, underlying } from './go-types.ts';
import { endsFunction, goStatementOffsets, mayStartGoroutines, tokenGated } from './goroutines.ts';
import type { GoType } from './go-types.ts';
import { lockEvent, locksHeld, statementsBefore } from './lock-section.ts';
import type { HeldLock } from './lock-section.ts';
import { mapAccessAt } from './map-access.ts';
import type { MapAccessKind } from './map-access.ts';
import { receiverName, receiverTypeName } from './package-index.ts';
import type { PackageFunc, PackageIndex } from './package-index.ts';
import { parameterNames, Scopes } from './scope.ts';
import type { Binding } from './scope.ts';
import { enclosingFunction, mayRunAfter } from './statements-after.ts';
import { firstFailure } from './test-failure.ts';
import { Typer } from './type-of.ts';
import { isAssignTarget } from './uses.ts';
import { handedOver, isFresh } from './handed-over.ts';
import { loopPicking } from './loop-semantics.ts';

/**
 * Map races across the functions of a package, in the style of Eraser's lock sets and
 * RacerD's access summaries. Every goroutine the package can start is followed from where it
 * starts (`main`, a test, a go statement, the exported API), through the package's calls,
 * to the maps it reads, writes and ranges: each access named by what it reaches the map
 * through (a field of a type, `poll.counts`; a package variable; a variable the goroutine
 * shares with its spawner), with the locks held there, by the callers on the way included.
 * Two accesses to one map race when different goroutines (or two instances of one) make
 * them, one of them writes, and no lock is held by both with at least one holding it for
 * writing. Go: runtime/map.go throws "concurrent map writes", "concurrent map read and map
 * write" and "concurrent map iteration and map write" on exactly these pairs.
 *
 * What is followed: calls of the package's functions and methods (a few calls deep, never
 * recursively), function literals passed as arguments (callbacks run by the goroutine that
 * calls them), function values bound to literals, maps returned by getters (`p.tally()`),
 * and maps handed to std functions that iterate them (`json.Marshal(m)`, `fmt.Sprint(m)`).
 * Where the goroutines start: a go statement or `g.Go(func…)`; `main` and tests that start
 * goroutines run alone until they start one and again after they wait (`wg.Wait()`, a
 * receive). In a package that is not main, the exported API is one caller whose calls do not
 * overlap each other, and each type with a lock field is taken to be called from many
 * goroutines at once for the data its lock guards (unless its own methods start the
 * goroutines the lock is for). What orders accesses: a spawner overlaps what it started only
 * until it waits; goroutines started on either side of a wait do not overlap; a goroutine
 * that waits has waited for the ones started before it. See docs/decisions.md ("Races across
 * functions") for the reasons, and BENCHMARKS.md for what this finds and misses on real code.
 */

/** One map access found, as the race pass saw it. */
export interface RaceAccess {
  readonly file: ParsedFile;
  readonly node: GoNode;
  readonly kind: MapAccessKind;
  /** How the map is named in the source at the access (`h.topics`). */
  readonly text: string;
  readonly goroutine: Goroutine;
  /** The function the access is in, and the calls that led there from the goroutine's start. */
  readonly func: string;
  readonly via: readonly string[];
  readonly locks: readonly Lock[];
  /** Reached through what each instance of its goroutine has of its own. */
  readonly perInstance: boolean;
  /** Reached through a variable each pass of this loop declares for its own element. */
  readonly pass?: GoNode;
  /** The goroutines its own goroutine had started and not yet waited for, when it made it. */
  readonly live: Live;
  /** How many times its goroutine had waited (`wg.Wait()`, a receive) when it made it. */
  readonly waited: number;
  /** The channels (channelKey) its goroutine had received from before it, on every path. */
  readonly gates: readonly string[];
  /** The channels its goroutine had closed or sent on before it. */
  readonly signaled: ReadonlySet<string>;
}

/**
 * Goroutines started and not waited for yet: these, and (in a loop that starts goroutines,
 * whose earlier statements run beside the ones later iterations start) every one whose go
 * statement is in `loop`.
 */
interface Live {
  readonly ids: ReadonlySet<number>;
  readonly loop?: GoNode;
}

const NONE: Live = { ids: new Set() };

const NO_SIGNALS: ReadonlySet<string> = new Set();

/**
 * Per channel (channelKey), the walks that close or send on it (by Goroutine.key): each
 * one's entry (Goroutine.root), and whether it does so in a loop.
 */
type Signalers = Map<number, { readonly root: number; looped: boolean }>;

/** A race: the access reported, the other side, and the rule. */
export interface Race {
  readonly rule: 'MH001' | 'MH002';
  readonly at: RaceAccess;
  readonly other: RaceAccess;
  /** What names the map for both sides (`hookTable.topics`). */
  readonly map: string;
  /** A lock the other side holds and this one does not (its text there), if any. */
  readonly missing: string | undefined;
}

/** A goroutine (or a group of callers) the pass follows. */
export interface Goroutine {
  readonly id: number;
  /** For messages: `main`, `the goroutine started at hooks.go:55`. */
  readonly label: string;
  /** Several instances may run at once (started in a loop, or by one that is). */
  readonly many: boolean;
  /** The callers of a type with a lock, taken (not seen) to call its methods at once. */
  readonly assumed?: boolean;
  /** The walk of the entry point it descends from (itself, for an entry). */
  readonly root: number;
  /** It runs for the package's API (an entry's walk, or a goroutine one started). */
  readonly inApi: boolean;
  /** Its entry is a constructor that starts goroutines on what it returns. */
  readonly fromConstructor: boolean;
  /** The entry function it descends from. */
  readonly rootEntry: string | undefined;
  /** The go statement that started it. */
  readonly stmt?: GoNode;
  /** One walk of it (the package API's callers are one goroutine walked once per entry). */
  readonly key: number;
  /** The walk whose go statement started it, and that walk's goroutine. */
  readonly parent: number | undefined;
  readonly parentId: number | undefined;
  /** How many times its spawner had waited for what it started, when it started it. */
  readonly epoch: number;
  /** Its spawner has many instances (its walks may run at once). */
  readonly parentMany?: boolean;
}

interface Lock {
  readonly key: string;
  readonly read: boolean;
  readonly text: string;
}

/** Where a map value comes from, as far as the pass can tell. */
interface Loc {
  readonly kind: 'loc';
  /** `g:name` a package variable, `l:N` a local variable, `p` an unknown caller's value. */
  readonly base: string;
  /** Fields (`T.f`, with the type that declares them) and `[]` for elements, outermost first. */
  readonly path: readonly string[];
  /** Distinct for each instance of the goroutine (a variable it declares, say). */
  readonly perInstance: boolean;
  /** A value the function made itself and never shared: nobody else can reach it. */
  readonly owned: boolean;
  /** The local variable a `l:` base is. */
  readonly origin?: Binding;
  /** Handed to one goroutine alone: its spawner replaced the variable it came from. */
  readonly handed?: boolean;
  /** The loop each pass of which holds another element here (`child := sg.Children[i]`). */
  readonly pass?: GoNode;
}

/** A function literal bound to a parameter or variable, with the frame it closes over. */
interface FuncValue {
  readonly kind: 'func';
  readonly literal: GoNode;
  readonly frame: Frame;
}

type Value = Loc | FuncValue;

/** A top-level declaration's names and types. */
interface Decl {
  readonly node: GoNode;
  readonly file: ParsedFile;
  readonly name: string;
  readonly scopes: Scopes;
  readonly typer: Typer;
}

/** A call `qualifier.m(…)` in a top-level declaration. */
interface MethodCall {
  readonly file: ParsedFile;
  readonly decl: GoNode;
  readonly call: GoNode;
  readonly qualifier: GoNode;
}

/** One activation of a function on a goroutine's path. */
interface Frame {
  readonly decl: Decl;
  readonly goroutine: Running;
  readonly env: ReadonlyMap<Binding, Value>;
  /** Locks held by the callers on the way here. */
  readonly locks: readonly Lock[];
  readonly via: readonly string[];
  /** The calls on the way here, from the walk's start (`via`'s nodes). */
  readonly calls?: readonly GoNode[];
  readonly depth: number;
  /** Some call on the way here is in a loop: this activation runs many times. */
  readonly repeated: boolean;
  /** Declarations on the call path (calls back into one are not followed). */
  readonly stack: ReadonlySet<GoNode>;
  /** The locals of this activation are the goroutine's own (it is a call the goroutine made). */
  readonly callee: boolean;
  /** Which activation this is: a local variable is one per activation of its function. */
  readonly activation: number;
  /** Conditions the call made false (`falseConditions`): parameters, parameters' fields. */
  readonly falses?: ReadonlySet<string> | undefined;
  /** A call on the way here runs once per object (in `once.Do`, after a start guard). */
  readonly once?: boolean;
  /** The local closure this frame runs (`check := func() {…}; check()`): its variables are each call's. */
  readonly entered?: GoNode;
}

/** A goroutine while it is followed. */
interface Running extends Goroutine {
  /** Whether anything else may be running beside it now (main starts alone). */
  concurrent: boolean;
  /** What it has started and not waited for yet. */
  live: Live;
  /** How many times it has waited for what it started. */
  joins: number;
  /** Its function's body: variables declared in it are each instance's own. */
  readonly body: GoNode | undefined;
  /** Whether the spawner's variables are each instance's own (the spawner itself repeats). */
  readonly spawnerRepeats: boolean;
  /** The loop around the go statement, in the spawner: variables declared in it are per instance. */
  readonly loop: GoNode | undefined;
  /** main or a test: runs alone until it starts goroutines, and again once it waits for them. */
  readonly alone: boolean;
  /** The package's API called from outside: what its functions return, the caller holds. */
  readonly api: boolean;
  /** The function the walk started from. */
  readonly entry?: string;
  steps: number;
  /** The channels it has received from so far on every path (a stack, as bodies end). */
  gates: readonly string[];
  /** The channels it has closed or sent on so far. */
  signaled: ReadonlySet<string>;
  /** Inside a deferred call (or `t.Cleanup`): its signals, which wait for the function's end. */
  deferring: string[] | undefined;
}

/** How deep calls are followed from where a goroutine starts. */
const MAX_DEPTH = 4;
/** Syntax nodes visited per goroutine followed. */
const STEP_BUDGET = 40_000;
/** Goroutines followed per package. */
const MAX_GOROUTINES = 150;
/** Accesses kept per map, for pairing. */
const MAX_PER_MAP = 400;

/** Std functions that iterate over a map they are given (Go: fmt, encoding/json, maps). */
const ITERATING = new Map<string, ReadonlySet<string> | 'all'>([
  ['fmt', 'all'],
  ['json', new Set(['Marshal', 'MarshalIndent'])],
  ['maps', 'all'],
  ['reflect', new Set(['DeepEqual'])],
  ['log', 'all'],
]);

/**
 * Functions of package maps that write the map given first: Copy(dst, src) ranges over src
 * too; DeleteFunc(m, f) and Insert(m, seq) touch no other map.
 */
const MAPS_WRITES = new Map<string, 'also' | 'only'>([
  ['Copy', 'also'],
  ['DeleteFunc', 'only'],
  ['Insert', 'only'],
]);

/**
 * The races among the map accesses of a package's goroutines. `perIteration` says of a file
 * whether its loops declare their variables per iteration (go1.22 and later).
 */
export function packageRaces(
  files: readonly ParsedFile[],
  index: PackageIndex,
  perIteration: (file: ParsedFile) => boolean = () => false,
): Race[] {
  return new RacePass(files, index, perIteration).run();
}

class RacePass {
  readonly #files: readonly ParsedFile[];
  readonly #index: PackageIndex;
  readonly #decls = new Map<GoNode, Decl>();
  readonly #accesses = new Map<string, RaceAccess[]>();
  readonly #seen = new Set<string>();
  readonly #queue: (() => void)[] = [];
  readonly #bindingIds = new Map<Binding, number>();
  #goroutines = 0;
  /** Walks of one call that waited for every goroutine it started before returning. */
  readonly #settled = new Set<number>();
  #keys = 0;
  #handedOut: ReadonlySet<string> | undefined;
  readonly #signalers = new Map<string, Signalers>();
  /** Go statements that take a token their goroutine gives back: one runs at a time. */
  readonly #gated = new Set<GoNode>();
  /** Per walk and go statement: the goroutines it started there, and the calls that led there. */
  readonly #startedBy = new Map<
    string,
    { readonly id: number; readonly calls: readonly GoNode[] }[]
  >();

  readonly #perIteration: (file: ParsedFile) => boolean;

  constructor(
    files: readonly ParsedFile[],
    index: PackageIndex,
    perIteration: (file: ParsedFile) => boolean,
  ) {
    this.#files = files;
    this.#index = index;
    this.#perIteration = perIteration;
  }

  run(): Race[] {
    this.#startEntries();
    for (let next = this.#queue.shift(); next !== undefined; next = this.#queue.shift()) {
      next();
    }
    return this.#races();
  }

  /** `main`, tests, and in a package that is not main its exported API. */
  #startEntries(): void {
    const isMain = this.#files.some((f) => f.packageName === 'main');
    // The API's callers (one goroutine) matter only beside goroutines the package starts.
    const spawns = this.#files.some(
      (f) => !f.path.endsWith('_test.go') && mayStartGoroutines(f.source),
    );
    let api: Running | undefined;
    const locked = new Map<string, Running>();
    const lockedTypes = new Map<string, boolean>();
    for (const file of this.#files) {
      const test = file.path.endsWith('_test.go');
      for (const d of file.topLevelNodes) {
        const name = nameOf(file, d);
        if (name === undefined || d.child('body') === undefined) {
          continue;
        }
        if (d.type === 'function_declaration') {
          if (isMain && name === 'main' && !test) {
            this.#entry(file, d, 'main', false, true);
          } else if (test && /^Test[A-Z_0-9]?/.test(name) && this.#startsGoroutinesIn(d)) {
            // A test that starts goroutines, itself or through a function of the package it
            // calls (`p := newPoller()`); one that does not runs alone throughout.
            this.#entry(file, d, name, false, true);
          } else if (!isMain && !test && spawns && isExported(name)) {
            api ??= this.#goroutine('a caller of the package API', false, true, { api: true });
            this.#entry(file, d, name, false, false, api);
          }
          continue;
        }
        const receiver = receiverTypeName(file, d);
        if (isMain || test || !isExported(name) || receiver === undefined) {
          continue;
        }
        let lockedType = lockedTypes.get(receiver);
        if (lockedType === undefined) {
          lockedType =
            this.#hasLock(receiver) &&
            !this.#startsOwnGoroutines(receiver) &&
            !this.#documentedSequential(receiver);
          lockedTypes.set(receiver, lockedType);
        }
        const doc = lockedType ? docComment(file, d) : '';
        if (
          lockedType &&
          (saysNotConcurrent(doc) ||
            saysRunsAfterAll(doc) ||
            this.#setUpOrTearDown(d, name, receiver))
        ) {
          // "String must not be called concurrent with any Import/Export method", "Called
          // after all functions have been compiled": the type's contract keeps this method out
          // of the concurrent callers.
          continue;
        }
        if ((!lockedType && !spawns) || !this.#reachableFromOutside(receiver)) {
          continue;
        }
        if (lockedType) {
          // One goroutine with many instances stands for all callers of the type's methods.
          let g = locked.get(receiver);
          if (g === undefined) {
            g = this.#goroutine(`concurrent callers of ${receiver}`, true, true, {
              api: true,
              assumed: true,
            });
            locked.set(receiver, g);
          }
          // A method of an unexported type, or an unexported one, that every call in the
          // package makes holding the receiver's lock is written for callers that hold it
          // (etcd's leaseCache.Update under `lkv.leases.mu`).
          // One named `…Locked` says so in Go's convention, whatever its type (tailscale's
          // `AddShareLocked`, "assuming that LockShares() has been called first"): the lock
          // its callers hold, else the type's only one; with neither, no call is taken.
          // (`IsLocked` asks; it does not say its caller holds a lock.)
          const suffixed = /^(?!(?:Is|Was|Has)[A-Z]).*[a-z0-9]Locked$/.test(name);
          const field = suffixed
            ? (this.#lockCallersHold(receiver, name) ?? this.#soleLock(receiver))
            : (this.#lockCallersHold(receiver, name) ?? this.#documentedHeld(file, d)?.field);
          if (suffixed && field === undefined) {
            continue;
          }
          const held = field === undefined ? undefined : { type: receiver, field };
          this.#entry(file, d, `${receiver}.${name}`, true, false, g, held);
        } else {
          api ??= this.#goroutine('a caller of the package API', false, true, { api: true });
          this.#entry(file, d, `${receiver}.${name}`, false, false, api);
        }
      }
    }
  }

  #entry(
    file: ParsedFile,
    d: GoNode,
    name: string,
    many: boolean,
    alone: boolean,
    shared?: Running,
    held?: { readonly type: string; readonly field: string },
  ): void {
    this.#queue.push(() => {
      const decl = this.#decl(file, d);
      const body = decl.node.child('body');
      if (body === undefined) {
        return;
      }
      const label = many ? `concurrent callers of ${name}` : alone ? name : (shared?.label ?? name);
      const g: Running =
        shared === undefined
          ? this.#goroutine(label, many, !alone, { body, alone, api: !alone })
          : {
              ...shared,
              key: ++this.#keys,
              root: this.#keys,
              live: NONE,
              body,
              entry: name,
              label,
              fromConstructor: isConstructor(decl.node),
              rootEntry: name,
              gates: [],
              signaled: NO_SIGNALS,
              deferring: undefined,
            };
      const frame: Frame = {
        decl,
        goroutine: g,
        env: new Map(),
        locks: [],
        via: [],
        depth: 0,
        repeated: false,
        stack: new Set([decl.node]),
        callee: false,
        activation: this.#activation(),
      };
      const lock =
        held === undefined ? undefined : this.#receiverLock(frame, held.type, held.field);
      this.#walk(body, lock === undefined ? frame : { ...frame, locks: [lock] });
      if (g.live.ids.size === 0 && g.live.loop === undefined) {
        this.#settled.add(g.key);
      }
    });
  }

  #goroutine(
    label: string,
    many: boolean,
    concurrent: boolean,
    more: Partial<
      Pick<
        Running,
        | 'body'
        | 'spawnerRepeats'
        | 'loop'
        | 'alone'
        | 'api'
        | 'parent'
        | 'parentId'
        | 'parentMany'
        | 'epoch'
        | 'assumed'
        | 'root'
        | 'inApi'
        | 'fromConstructor'
        | 'rootEntry'
        | 'stmt'
      >
    > = {},
  ): Running {
    this.#goroutines++;
    return {
      id: this.#goroutines,
      label,
      many,
      concurrent,
      body: more.body,
      spawnerRepeats: more.spawnerRepeats ?? false,
      loop: more.loop,
      alone: more.alone ?? false,
      api: more.api ?? false,
      steps: 0,
      key: ++this.#keys,
      live: NONE,
      parent: more.parent,
      parentId: more.parentId,
      ...(more.parentMany === undefined ? {} : { parentMany: more.parentMany }),
      epoch: more.epoch ?? 0,
      assumed: more.assumed ?? false,
      root: more.root ?? this.#keys,
      inApi: more.inApi ?? more.api ?? false,
      fromConstructor: more.fromConstructor ?? false,
      rootEntry: more.rootEntry,
      ...(more.stmt === undefined ? {} : { stmt: more.stmt }),
      joins: 0,
      gates: [],
      signaled: NO_SIGNALS,
      deferring: undefined,
    };
  }

  /**
   * A walk of an API function that fills a package-level registry at init time
   * (`RegisterDriver`, or anything the package's init functions call): Go runs init
   * functions one at a time, before main, so those writes race with nothing.
   */
  #registers(g: Running): boolean {
    const name = g.entry?.slice(g.entry.lastIndexOf('.') + 1);
    if (!g.api || g.many || name === undefined) {
      return false;
    }
    this.#initCalls ??= callsFromInit(this.#files);
    return /^(Must)?Register/.test(name) || this.#initCalls.has(name);
  }

  #initCalls: ReadonlySet<string> | undefined;
  #startFlags: ReadonlySet<string> | undefined;

  /**
   * An access of the API's callers past `if x.started { return }` (or a panic, a Fatal),
   * where `started` is a field the package sets true before it starts goroutines: grpc's
   * `if s.serve { Fatalf(…) }` in RegisterService, `s.serve = true` in Serve. It runs only
   * before the package serves, beside none of the goroutines serving starts.
   */
  #beforeStart(node: GoNode, frame: Frame): boolean {
    this.#startFlags ??= startFlags(this.#files);
    if (this.#startFlags.size === 0) {
      return false;
    }
    const flags = this.#startFlags;
    return statementsBefore(node, frame.decl.node).some((s) => {
      const cond = s.type === 'if_statement' ? unparen(s.child('condition')) : undefined;
      if (cond?.type !== 'selector_expression' || !flags.has(cond.child('field')?.text ?? '')) {
        return false;
      }
      const last = lastStatement(s.child('consequence'));
      return last !== undefined && endsFunction(last);
    });
  }
  #declaredNames: ReadonlySet<string> | undefined;

  /**
   * The package function or method a call reaches. Most calls name something the package
   * does not declare (fmt.Sprintf, a std method), which the name alone rules out before the
   * receiver's type is worked out.
   */
  #calledFunction(call: GoNode, frame: Frame): PackageFunc | undefined {
    const name = callee(call)?.name;
    this.#declaredNames ??= declaredFunctionNames(this.#files);
    if (name === undefined || !this.#declaredNames.has(name)) {
      return undefined;
    }
    return calledFunction(call, frame.decl.scopes, frame.decl.typer, this.#index);
  }
  #falseConstNames: ReadonlySet<string> | undefined;

  /** The package's boolean constants declared `= false` (debug switches). */
  #falseConsts(): ReadonlySet<string> {
    this.#falseConstNames ??= falseConstants(this.#files);
    return this.#falseConstNames;
  }
  #conds: ReadonlyMap<string, string> | undefined;

  /**
   * `x.cond.L` of a `cond: sync.NewCond(&x.mu)` field: the mutex `x.mu` itself, so that
   * `x.cond.L.Lock()` and `x.mu.Lock()` count as one lock.
   */
  #condMutex(q: GoNode, frame: Frame): Loc | undefined {
    const cond =
      q.type === 'selector_expression' && q.child('field')?.text === 'L'
        ? unparen(q.child('operand'))
        : undefined;
    const owner = cond?.type === 'selector_expression' ? cond.child('operand') : undefined;
    const field = cond?.child('field')?.text;
    if (owner === undefined || field === undefined) {
      return undefined;
    }
    this.#conds ??= condFields(this.#files);
    const mutex = this.#conds.get(field);
    const base = mutex === undefined ? undefined : this.#locOf(owner, frame, 0);
    const type = namedTypeOf(frame.decl.typer.typeOf(owner)) ?? '?';
    return base === undefined || mutex === undefined
      ? undefined
      : { ...base, path: [...base.path, `${type}.${mutex}`] };
  }

  readonly #followed = new Set<string>();
  readonly #nodeIds = new Map<GoNode, number>();

  /** What decides what a call finds: the function, the goroutine's state, locks, arguments. */
  #callState(fn: GoNode, f: Frame): string {
    let id = this.#nodeIds.get(fn);
    if (id === undefined) {
      id = this.#nodeIds.size;
      this.#nodeIds.set(fn, id);
    }
    const g = f.goroutine;
    const args = [...f.env.values()].map((v) =>
      v.kind === 'func'
        ? `f${String(v.literal.start)}`
        : `${keyOf(v)}${v.perInstance ? 'i' : ''}${v.owned ? 'o' : ''}`,
    );
    return [
      id,
      // The API's callers are one goroutine walked once per entry: what one entry's walk of a
      // call found, another's in the same state would find again (accesses are kept once
      // per goroutine).
      g.api && !g.many ? `a${String(g.id)}` : g.key,
      g.concurrent,
      g.joins,
      g.live.ids.size,
      g.live.loop?.start ?? '',
      f.repeated,
      f.locks.map((l) => l.key + (l.read ? 'r' : '')).join(','),
      [...(f.falses ?? [])].join(','),
      args.join(','),
    ].join('|');
  }

  #decl(file: ParsedFile, node: GoNode): Decl {
    let d = this.#decls.get(node);
    if (d === undefined) {
      const scopes = new Scopes(node);
      const name = node.child('name')?.text ?? '?';
      // The types the declarations spell out: checking every body the walks pass through
      // would cost more than the rest of vet together.
      const typer = new Typer(scopes, this.#index);
      d = { node, file, name, scopes, typer };
      this.#decls.set(node, d);
    }
    return d;
  }

  /**
   * Whether a method of the type starts goroutines: its lock may then be there for them
   * rather than for concurrent callers, so its methods are not assumed to have any.
   */
  /**
   * Whether code outside the package can call `typeName`'s methods: an exported type, or an
   * unexported one that an exported declaration hands out (in its result, its fields, an
   * embedding, a value returned as an interface, an interface assertion `var _ I = &t{}`). An
   * unexported type that none does is used only by the package itself, whose calls the walks
   * follow: its exported methods are not entries of their own.
   */
  #reachableFromOutside(typeName: string): boolean {
    if (isExported(typeName)) {
      return true;
    }
    this.#handedOut ??= handedOutTypes(
      this.#files,
      [...this.#index.typeNames()].filter((t) => !isExported(t)),
    );
    return this.#handedOut.has(typeName);
  }

  /** The type's doc comment says it is not for concurrent use. */
  #documentedSequential(typeName: string): boolean {
    for (const file of this.#files) {
      for (const d of file.topLevelNodes) {
        if (d.type !== 'type_declaration') {
          continue;
        }
        const spec = d.namedChildren.find(
          (c) => c.type === 'type_spec' && c.child('name')?.text === typeName,
        );
        if (spec !== undefined) {
          return saysNotConcurrent(docComment(file, d));
        }
      }
    }
    return false;
  }

  /**
   * Whether `d` starts goroutines: a go statement (or `g.Go(func…)`) in it, or in a function
   * of the package it calls by name (one call deep).
   */
  #startsGoroutinesIn(d: GoNode): boolean {
    if (mayStartGoroutines(d.text)) {
      return true;
    }
    let found = false;
    d.walk((n) => {
      const c = n.type === 'call_expression' ? callee(n) : undefined;
      const fn =
        c === undefined || c.qualifier !== undefined ? undefined : this.#index.func(c.name);
      found ||= fn !== undefined && fn.node !== d && mayStartGoroutines(fn.node.text);
      return !found;
    });
    return found;
  }

  /**
   * The lock of `typeName` that every call of its method `method` in the package's non-test
   * files holds (`x.mu` held at each `x.method(…)`; `''` for a lock the type embeds, held as
   * `x.Lock()`), if there is at least one such call. A call made by another method on its own
   * receiver holds what that method's callers hold: nsq's GetMetadata is called only by
   * PersistMetadata, whose every caller holds the daemon's lock. A test calls a method alone to
   * test it; its calls say nothing of the lock the method is written for.
   */
  #lockCallersHold(
    typeName: string,
    method: string,
    asking = new Set<string>(),
  ): string | undefined {
    const lockFields = this.#lockFields(typeName);
    if (lockFields.length === 0) {
      return undefined;
    }
    asking.add(method);
    let held: Set<string> | undefined;
    for (const { file, decl: d, call, qualifier } of this.#methodCalls().get(method) ?? []) {
      if (file.path.endsWith('_test.go')) {
        continue;
      }
      const decl = this.#decl(file, d);
      if (namedTypeOf(decl.typer.typeOf(qualifier)) !== typeName) {
        continue;
      }
      const boundary = enclosingFunction(call) ?? d;
      const here = new Set(
        locksHeld(call, boundary, decl.scopes)
          .filter((h) => !h.read)
          .map((h) => h.qualifier.text.replace(/\s+/g, '')),
      );
      const q = qualifier.text.replace(/\s+/g, '');
      let fields = lockFields.filter((f) => here.has(f === '' ? q : `${q}.${f}`));
      const caller = boundary === d ? nameOf(file, d) : undefined;
      if (
        fields.length === 0 &&
        caller !== undefined &&
        !asking.has(caller) &&
        receiverName(d) === q &&
        receiverTypeName(file, d) === typeName
      ) {
        const inherited = this.#lockCallersHold(typeName, caller, asking);
        fields = inherited === undefined ? [] : [inherited];
      }
      held = new Set(held === undefined ? fields : fields.filter((f) => held?.has(f)));
    }
    return held === undefined ? undefined : [...held][0];
  }

  /**
   * Whether a lock's name says it guards another field than the map (`cacheMu`, "covering the
   * cache", beside a `cache` field: geth's SortedMap writes `m.items[n], m.cache = tx, nil`
   * under it, and guards items with nothing). Go names a mutex after what it guards.
   */
  #namedForAnother(lockKey: string, mapKey: string): boolean {
    const lock = /\/(\w+)\.(\w+)$/.exec(lockKey);
    const mapField = /\.(\w+)$/.exec(mapKey)?.[1];
    const prefix = lock?.[2]?.replace(/_?(?:rw)?(?:mu|mutex|mtx|lock|lk)$/i, '');
    if (
      lock?.[1] === undefined ||
      mapField === undefined ||
      prefix === undefined ||
      prefix === ''
    ) {
      return false;
    }
    const t = this.#index.type(lock[1]);
    const u = t === undefined ? undefined : underlying(t);
    return (
      u?.kind === 'struct' &&
      u.fields.has(prefix) &&
      !mapField.toLowerCase().startsWith(prefix.toLowerCase())
    );
  }

  #aliased: Set<string> | undefined;

  /**
   * Map fields (`T.f`) the package gives one map to many objects of: `x.f = v` in a loop
   * whose passes each reach another x (a variable of the loop) while v, declared outside it
   * and not assigned in it, stays the same (gtm's hydrate: every notice of a user gets the
   * user's one profile map, then delivery workers each write their notice's).
   */
  #aliasedFields(): ReadonlySet<string> {
    if (this.#aliased !== undefined) {
      return this.#aliased;
    }
    const out = new Set<string>();
    this.#aliased = out;
    for (const file of this.#files) {
      for (const top of file.topLevelNodes) {
        if (top.type !== 'function_declaration' && top.type !== 'method_declaration') {
          continue;
        }
        top.walk((n) => {
          if (n.type !== 'assignment_statement' || !n.hasToken('=')) {
            return true;
          }
          const loop = loopAround(n);
          const left = n.child('left')?.namedChildren ?? [];
          const right = n.child('right')?.namedChildren ?? [];
          if (loop === undefined || left.length !== right.length) {
            return false;
          }
          left.forEach((l, i) => {
            const v = unparen(right[i]);
            const operand =
              l.type === 'selector_expression' ? unparen(l.child('operand')) : undefined;
            const field = l.child('field')?.text;
            if (v?.type !== 'identifier' || operand?.type !== 'identifier' || field === undefined) {
              return;
            }
            const decl = this.#decl(file, top);
            const value = decl.scopes.resolve(v);
            const object = decl.scopes.resolve(operand);
            const each =
              object !== undefined && sameFile(object.ident, loop) && loop.contains(object.ident);
            const same =
              value?.kind === 'var' &&
              sameFile(value.ident, loop) &&
              !loop.contains(value.ident) &&
              !value.uses.some((u) => loop.contains(u) && isAssignTarget(u));
            const owner = namedTypeOf(decl.typer.typeOf(operand));
            if (each && same && owner !== undefined && asMap(decl.typer.typeOf(l)) !== undefined) {
              out.add(`${owner}.${field}`);
            }
          });
          return false;
        });
      }
    }
    return out;
  }

  /** The one lock field of a struct type, if it has exactly one. */
  #soleLock(typeName: string): string | undefined {
    const locks = this.#lockFields(typeName);
    return locks.length === 1 ? locks[0] : undefined;
  }

  /** The named fields of a struct type that are locks. */
  #lockFields(typeName: string): string[] {
    const t = this.#index.type(typeName);
    const u = t === undefined ? undefined : underlying(t);
    // An embedded lock is locked as `x.Lock()`: named '' (x itself).
    return u?.kind === 'struct'
      ? [...u.fields]
          .filter(([, ft]) => isLockType(ft))
          .map(([f, ft]) => (u.embedded.includes(ft) ? '' : f))
      : [];
  }

  #calls: Map<string, MethodCall[]> | undefined;

  /** Every `x.m(…)` call in the package, by method name (one walk, when first asked). */
  #methodCalls(): ReadonlyMap<string, MethodCall[]> {
    if (this.#calls === undefined) {
      const calls = new Map<string, MethodCall[]>();
      for (const file of this.#files) {
        for (const decl of file.topLevelNodes) {
          decl.walk((call) => {
            const c = call.type === 'call_expression' ? callee(call) : undefined;
            if (c?.qualifier !== undefined) {
              const list = calls.get(c.name) ?? [];
              list.push({ file, decl, call, qualifier: c.qualifier });
              calls.set(c.name, list);
            }
            return true;
          });
        }
      }
      this.#calls = calls;
    }
    return this.#calls;
  }

  /** The lock `recv.field` of an entry method's receiver, as its accesses name locks. */
  #receiverLock(frame: Frame, owner: string, field: string): Lock | undefined {
    const recv = frame.decl.node.child('receiver');
    const ident = recv?.namedChildren[0]?.child('name');
    const loc = ident === undefined ? undefined : this.#locOf(ident, frame, 0);
    if (ident === undefined || loc === undefined) {
      return undefined;
    }
    if (field === '') {
      // A lock the type embeds: `x.Lock()` locks x itself.
      return { key: keyOf(loc), read: false, text: ident.text };
    }
    const key = keyOf({ ...loc, path: [...loc.path, `${owner}.${field}`] });
    return { key, read: false, text: `${ident.text}.${field}` };
  }

  #startsOwnGoroutines(typeName: string): boolean {
    return this.#index.methodsOf(typeName).some((m) => startsGoroutines(m));
  }

  /**
   * A method written without a lock on a type that guards its state with one, and written
   * for the time before or after the concurrent calls:
   * - `Close`, `Stop` or `Shutdown`: its author runs it once the other calls are over (an
   *   OpenTelemetry component's Shutdown, a mock network's Close after the test), as a
   *   documented "called after all" method is taken;
   * - one that stores into a field of its receiver that no method of the type stores into
   *   under the lock (etcd's `SetID` setting `c.localID` and `c.cid`, which `ID()` reads bare
   *   and others only read under it): that field is set before the value is shared. Were it
   *   called concurrently, its own store would race already.
   * One that locks is written to run beside the others, and is followed.
   */
  #setUpOrTearDown(d: GoNode, name: string, typeName: string): boolean {
    const body = d.child('body');
    if (body === undefined || takesLock(body)) {
      return false;
    }
    return /^(?:Close|Stop|Shutdown)$/.test(name) || this.#setsUp(d, body, typeName);
  }

  /** Whether lock-free `d` stores into a field of its receiver no method stores under the lock. */
  #setsUp(d: GoNode, body: GoNode, typeName: string): boolean {
    const recv = receiverName(d);
    if (recv === undefined) {
      return false;
    }
    const guarded = this.#guardedFields(typeName);
    let sets = false;
    body.walk((n) => {
      if (n.type === 'func_literal') {
        return false;
      }
      const left = n.type === 'assignment_statement' ? n.child('left') : undefined;
      sets ||= (left?.namedChildren ?? []).some((t) => {
        const target = unparen(t);
        const field = target?.type === 'selector_expression' ? target.child('field') : undefined;
        return (
          field !== undefined &&
          unparen(target?.child('operand'))?.text === recv &&
          !guarded.has(field.text)
        );
      });
      return !sets;
    });
    return sets;
  }

  #guarded = new Map<string, ReadonlySet<string>>();

  /** The fields of `typeName` its methods store into with a lock held. */
  #guardedFields(typeName: string): ReadonlySet<string> {
    let out = this.#guarded.get(typeName);
    if (out !== undefined) {
      return out;
    }
    const fields = new Set<string>();
    for (const file of this.#files) {
      for (const d of file.topLevelNodes) {
        const recv = d.type === 'method_declaration' ? receiverName(d) : undefined;
        const body = d.child('body');
        if (
          recv === undefined ||
          body === undefined ||
          !takesLock(body) ||
          receiverTypeName(file, d) !== typeName
        ) {
          continue;
        }
        const { scopes } = this.#decl(file, d);
        body.walk((n) => {
          const f = n.type === 'selector_expression' ? n.child('field') : undefined;
          if (
            f !== undefined &&
            !fields.has(f.text) &&
            isAssignTarget(n) &&
            unparen(n.child('operand'))?.text === recv &&
            locksHeld(n, d, scopes).length > 0
          ) {
            fields.add(f.text);
          }
          return true;
        });
      }
    }
    out = fields;
    this.#guarded.set(typeName, out);
    return out;
  }

  /**
   * The receiver's lock a method's doc comment says its callers hold ("The subStore is locked
   * on entry", "must be called with s.mu held"): the lock field the comment names, else the
   * type's only one (`''` for an embedded one).
   */
  #documentedHeld(
    file: ParsedFile,
    d: GoNode,
  ): { readonly type: string; readonly field: string } | undefined {
    // Asked at every call the walks follow: read each declaration's comment once.
    if (!this.#documented.has(d)) {
      this.#documented.set(d, this.#readDocumentedHeld(file, d));
    }
    return this.#documented.get(d);
  }

  readonly #documented = new Map<
    GoNode,
    { readonly type: string; readonly field: string } | undefined
  >();

  #readDocumentedHeld(
    file: ParsedFile,
    d: GoNode,
  ): { readonly type: string; readonly field: string } | undefined {
    const type = d.type === 'method_declaration' ? receiverTypeName(file, d) : undefined;
    const doc = type === undefined ? '' : docComment(file, d);
    if (type === undefined || !saysCallersHoldLock(doc)) {
      return undefined;
    }
    const fields = this.#lockFields(type);
    const field =
      fields.find((f) => f !== '' && new RegExp(`\\b${f}\\b`).test(doc)) ??
      (fields.length === 1 ? fields[0] : undefined);
    return field === undefined ? undefined : { type, field };
  }

  #hasLock(typeName: string): boolean {
    const t = this.#index.type(typeName);
    const u = t === undefined ? undefined : underlying(t);
    if (u?.kind !== 'struct') {
      return false;
    }
    return [...u.fields.values(), ...u.embedded].some(isLockType);
  }

  /** Follows a function body on a goroutine, recording its map accesses and what it starts. */
  #walk(body: GoNode, frame: Frame): void {
    const g = frame.goroutine;
    const test = frame.decl.file.path.endsWith('_test.go');
    const gates = g.gates;
    /** Signals of the deferred calls made in this body: they happen as it returns. */
    const deferred: string[] = [];
    /** What was running as a block or an if statement began (see #joinsAtEnd). */
    let runningBefore: Map<number, Live> | undefined;
    body.walk((n) => {
      if (++g.steps > STEP_BUDGET) {
        return false;
      }
      if (n.parent?.type === 'statement_list') {
        if (test && this.#afterFailure(n, frame)) {
          return false; // a failing test's path (`t.Errorf(…); db.dumpDeps(t)`)
        }
        const prev = previousSibling(n);
        const before = prev === undefined ? undefined : runningBefore?.get(prev.start);
        if (this.#ownJoin(prev, frame)) {
          // It waited for what it started; main (or a test) runs alone again.
          this.#joined(g);
        } else if (before !== undefined && this.#joinsAtEnd(prev, frame)) {
          // `if e.ClusterStats { …go…; wgC.Wait() }`: what the block started ended in it.
          // With nothing running before it, the walk runs alone again, as after a join.
          if (before.ids.size === 0 && before.loop === undefined) {
            this.#joined(g);
          } else {
            g.live = before;
          }
        }
        if (n.type === 'if_statement' || n.type === 'block') {
          (runningBefore ??= new Map()).set(n.start, g.live);
        }
        if (alwaysRuns(n.parent, body)) {
          // A receive in the body itself (or a bare block of it): whatever follows it here
          // ran after it.
          const gate = this.#receivedFrom(n, frame) ?? this.#waitedOn(n, frame);
          if (gate !== undefined) {
            g.gates = [...g.gates, gate];
          }
        }
      }
      if (n.type === 'send_statement') {
        // `errCh <- km.Lock(ctx, key)`: the value is computed before the send signals.
        for (const c of n.namedChildren) {
          this.#walk(c, frame);
        }
        this.#signal(n.child('channel'), n, frame);
        return false;
      }
      const sent = signalledChannel(n); // `close(ch)`
      if (sent !== undefined) {
        this.#signal(sent, n, frame);
      }
      const done = this.#doneOn(n, frame);
      if (done !== undefined) {
        this.#signalKey(done, n, frame);
      }
      switch (n.type) {
        case 'defer_statement':
          this.#deferring(g, deferred, () => {
            for (const c of n.namedChildren) {
              this.#walk(c, frame);
            }
          });
          return false;
        case 'communication_case': {
          // The statements of `case <-quit:` run after that receive.
          const comm = n.child('communication');
          const gate = comm === undefined ? undefined : this.#receivedFrom(comm, frame);
          if (gate === undefined) {
            return true;
          }
          const outer = g.gates;
          for (const c of n.namedChildren) {
            g.gates = c === comm ? outer : [...outer, gate];
            this.#walk(c, frame);
          }
          g.gates = outer;
          return false;
        }
        case 'func_literal': {
          // A literal not started with go runs on the goroutine that calls it (a callback, a
          // deferred function): its accesses are this goroutine's. One stored in a struct
          // (`&batch.Request{OnCommit: func…}`) runs when and under what locks its holder
          // decides: nothing here says.
          const inner = n.child('body');
          if (
            inner !== undefined &&
            localClosure(n, frame.decl.scopes) === undefined &&
            !storedInStruct(n) &&
            !this.#handedToFollowed(n, frame)
          ) {
            // It runs where it is called, usually where it is made: under the locks held there.
            this.#walk(inner, { ...frame, locks: [...frame.locks, ...this.#heldAt(n, frame)] });
          }
          return false;
        }
        case 'go_statement': {
          const call = n.namedChildren[0];
          if (call?.type === 'call_expression') {
            this.#spawn(n, call, frame);
          }
          return false;
        }
        case 'expression_statement': {
          const call = n.namedChildren[0];
          const c = callee(call);
          const lit = call === undefined ? undefined : unparen(callArguments(call)[0]);
          if (c?.name === 'Go' && c.qualifier !== undefined && lit?.type === 'func_literal') {
            this.#spawnLiteral(n, lit, [], frame);
            return false;
          }
          if (c?.name === 'Cleanup' && c.qualifier !== undefined && lit?.type === 'func_literal') {
            // t.Cleanup(func…): runs after the test, as a deferred call would.
            this.#deferring(g, deferred, () => {
              this.#walk(lit, frame);
            });
            return false;
          }
          return true;
        }
        case 'call_expression':
          this.#access(n, frame);
          this.#call(n, frame);
          return true;
        case 'if_statement': {
          // `if debugX { … }` with a package constant false, or `if opts.flag` where the
          // call gave no flag: the branch never runs.
          if (this.#isFalse(unparen(n.child('condition')), frame)) {
            const alt = n.child('alternative');
            if (alt !== undefined) {
              this.#walk(alt, frame);
            }
            return false;
          }
          return true;
        }
        case 'for_statement':
          // A loop that starts goroutines runs its earlier statements beside them from the
          // second iteration on.
          if (startsGoroutines(n) && !endsWithJoin(n)) {
            g.concurrent = true;
            g.live = { ids: g.live.ids, loop: g.live.loop ?? n };
          }
          return true;
        default:
          this.#access(n, frame);
          return true;
      }
    });
    // A function that ends by waiting (`group.Wait()` after the loop that started them)
    // returns with nothing it started still running: no later statement saw that join.
    const last = lastStatement(body);
    if (g.steps <= STEP_BUDGET && this.#ownJoin(last, frame)) {
      this.#joined(g);
    }
    // What the body received from is behind it once it returns; its deferred calls ran.
    g.gates = gates;
    for (const c of deferred) {
      this.#signaled(g, c);
    }
  }

  /** Walks what `walk` reaches as deferred code: its signals wait in `deferred`. */
  #deferring(g: Running, deferred: string[], walk: () => void): void {
    const outer = g.deferring;
    g.deferring = deferred;
    walk();
    g.deferring = outer;
  }

  /**
   * `wg.Wait()` as a statement: what follows ran after every `wg.Done()` (a WaitGroup's key
   * is `wg:` and the field or variable, as channels are named).
   */
  #waitedOn(stmt: GoNode, frame: Frame): string | undefined {
    const call = stmt.type === 'expression_statement' ? unparen(stmt.namedChildren[0]) : undefined;
    const c = call?.type === 'call_expression' ? callee(call) : undefined;
    return c?.name === 'Wait' && c.qualifier !== undefined
      ? this.#waitGroupKey(c.qualifier, frame)
      : undefined;
  }

  /** `wg.Done()`: the key of the WaitGroup it counts down. */
  #doneOn(n: GoNode, frame: Frame): string | undefined {
    const c = n.type === 'call_expression' ? callee(n) : undefined;
    return c?.name === 'Done' && c.qualifier !== undefined && callArguments(n).length === 0
      ? this.#waitGroupKey(c.qualifier, frame)
      : undefined;
  }

  #waitGroupKey(wg: GoNode, frame: Frame): string | undefined {
    const t = underlying(frame.decl.typer.typeOf(wg));
    const u = t.kind === 'pointer' ? t.elem : frame.decl.typer.typeOf(wg);
    if (u.kind !== 'qualified' || u.pkg !== 'sync' || u.name !== 'WaitGroup') {
      return undefined;
    }
    // A WaitGroup field orders whoever waits on it after every Done; a local one is each
    // call's own (a Wait in one call of round() does not wait for another call's workers),
    // and meets its Done as a channel does.
    const key = this.#channelKey(wg, frame);
    return key === undefined ? undefined : key.startsWith('field:') ? `wg:${key}` : key;
  }

  /** `close(ch)` or `ch <- v` on this goroutine. */
  #signal(channel: GoNode | undefined, at: GoNode, frame: Frame): void {
    const key = channel === undefined ? undefined : this.#channelKey(channel, frame);
    if (key !== undefined) {
      this.#signalKey(key, at, frame);
    }
  }

  #signalKey(key: string, at: GoNode, frame: Frame): void {
    const g = frame.goroutine;
    let walks = this.#signalers.get(key);
    if (walks === undefined) {
      walks = new Map();
      this.#signalers.set(key, walks);
    }
    let walk = walks.get(g.key);
    if (walk === undefined) {
      walk = { root: g.root, looped: false };
      walks.set(g.key, walk);
    }
    // (A literal is often called where it is made: loops around it count too. A signal the
    // function returns right after, `case <-ctx.Done(): close(done); return`, happens once.)
    walk.looped ||=
      frame.repeated || g.many || (at.ancestor('for_statement') !== undefined && !returnsAfter(at));
    if (g.deferring !== undefined) {
      g.deferring.push(key);
    } else {
      this.#signaled(g, key);
    }
  }

  #signaled(g: Running, key: string): void {
    if (!g.signaled.has(key)) {
      g.signaled = new Set([...g.signaled, key]);
    }
  }

  /**
   * The channel statement `stmt` receives from before anything after it runs: `<-ch`,
   * `v := <-ch`, `case <-ch:`, or a `for range ch` loop (which ends when ch is closed).
   */
  #receivedFrom(stmt: GoNode, frame: Frame): string | undefined {
    if (stmt.type === 'for_statement') {
      const clause = stmt.namedChildren.find((c) => c.type === 'range_clause');
      const over = clause?.child('right');
      const ranges =
        over !== undefined && underlying(frame.decl.typer.typeOf(over)).kind === 'chan';
      return ranges ? this.#channelKey(over, frame) : undefined;
    }
    const ch = receivedBy(stmt) ?? receivedInside(stmt);
    return ch === undefined ? undefined : this.#channelKey(ch, frame);
  }

  /**
   * What names a channel for the signals and receives that meet on it: a field by its type
   * and name (whoever's it is: erring towards more senders), else the variable.
   */
  #channelKey(ch: GoNode, frame: Frame): string | undefined {
    const loc = this.#locOf(ch, frame, 0);
    if (loc === undefined) {
      return undefined;
    }
    const last = loc.path.at(-1);
    if (last === undefined || last === '[]') {
      return keyOf(loc);
    }
    // A local's field is that object's channel: another subtest's session closing its own
    // queue lets nothing through on this one's.
    return loc.base.startsWith('l:') ? `${loc.base}/field:${last}` : `field:${last}`;
  }

  /** Per statement list: where its first call that fails the test starts (Infinity: none). */
  readonly #firstFailure = new Map<GoNode, number>();

  /** A statement after a call that fails the test, in the same block: a failing run's. */
  #afterFailure(stmt: GoNode, frame: Frame): boolean {
    const list = stmt.parent;
    if (list === undefined) {
      return false;
    }
    let first = this.#firstFailure.get(list);
    if (first === undefined) {
      first = firstFailure(list, frame.decl.scopes, frame.decl.typer);
      this.#firstFailure.set(list, first);
    }
    return stmt.start > first;
  }

  /** `stmt` waits for what this goroutine started, in its own function (not a literal's). */
  #ownJoin(stmt: GoNode | undefined, frame: Frame): boolean {
    if (stmt === undefined) {
      return false;
    }
    const f = enclosingFunction(stmt);
    return (
      (f === frame.decl.node || f === frame.goroutine.body?.parent || runsInline(f)) &&
      joins(stmt, (e) => underlying(frame.decl.typer.typeOf(e)).kind === 'chan')
    );
  }

  /**
   * Whether a block, or an if statement without else, ends by waiting (its last statement an
   * own join): the goroutines it started have all returned once it is past, while those
   * started before it are left as they were (the wait is taken to be for its own).
   */
  #joinsAtEnd(stmt: GoNode | undefined, frame: Frame): boolean {
    const block =
      stmt?.type === 'block'
        ? stmt
        : stmt?.type === 'if_statement' && stmt.child('alternative') === undefined
          ? stmt.child('consequence')
          : undefined;
    return block !== undefined && this.#ownJoin(lastStatement(block), frame);
  }

  #joined(g: Running): void {
    g.live = NONE;
    g.joins++;
    g.concurrent &&= !g.alone;
  }

  /** Records `n` if it is a map access (an index, a range, delete, clear). */
  #access(n: GoNode, frame: Frame): void {
    const access = mapAccessAt(frame.decl.scopes, n);
    const map = unparen(access?.map);
    // len(m) reads the count without the check that throws (runtime/map.go maplen).
    if (access !== undefined && map !== undefined && callee(n)?.name !== 'len') {
      this.#record(n, access.kind, map, frame);
    }
  }

  #record(node: GoNode, kind: MapAccessKind, map: GoNode, frame: Frame): void {
    if (asMap(frame.decl.typer.typeOf(map)) === undefined) {
      return;
    }
    const loc = this.#locOf(map, frame, 0);
    if (loc === undefined || loc.owned) {
      return;
    }
    const key = keyOf(loc);
    const g = frame.goroutine;
    if (
      !g.concurrent ||
      inOnceDo(node, frame.decl.node) ||
      (loc.base.startsWith('g:') && this.#registers(g)) ||
      (g.api && !g.many && this.#beforeStart(node, frame))
    ) {
      return;
    }
    const locks = [...frame.locks, ...this.#heldAt(node, frame)];
    const locksKey = locks.map((l) => l.key).join(',');
    const seen = `${key}|${frame.decl.file.path}:${String(node.start)}|${String(g.id)}|${String(loc.perInstance)}|${locksKey}`;
    if (this.#seen.has(seen)) {
      return;
    }
    this.#seen.add(seen);
    const list = this.#accesses.get(key) ?? [];
    if (list.length < MAX_PER_MAP) {
      list.push({
        file: frame.decl.file,
        node,
        kind,
        text: map.text,
        goroutine: g,
        func: functionName(node, frame.decl),
        via: frame.via,
        locks,
        perInstance: loc.perInstance,
        ...(loc.pass === undefined ? {} : { pass: loc.pass }),
        live: g.live,
        waited: g.joins,
        gates: g.gates,
        signaled: g.signaled,
      });
    }
    this.#accesses.set(key, list);
  }

  #heldAt(node: GoNode, frame: Frame): Lock[] {
    const boundary = enclosingFunction(node) ?? frame.decl.node;
    return [
      ...this.#helperLocks(node, boundary, frame),
      ...locksHeld(node, boundary, frame.decl.scopes).map((h) => this.#lock(h, frame)),
    ];
  }

  /**
   * Locks taken by calling a package function that locks and returns with the lock held
   * (`lockProfiles()`), unless a later call of one that unlocks it (`unlockProfiles()`)
   * released it again.
   */
  #helperLocks(node: GoNode, boundary: GoNode, frame: Frame): Lock[] {
    const decided = new Set<string>();
    const out: Lock[] = [];
    for (const stmt of statementsBefore(node, boundary)) {
      const call =
        stmt.type === 'expression_statement' ? unparen(stmt.namedChildren[0]) : undefined;
      // Lock helpers say so in their names (lockProfiles, unlockStats); others are not looked into.
      const name = callee(call)?.name;
      if (
        call?.type !== 'call_expression' ||
        name === undefined ||
        !/lock/i.test(name) ||
        lockEvent(stmt) !== undefined
      ) {
        continue;
      }
      const fn = this.#calledFunction(call, frame);
      const list = fn?.node.child('body')?.namedChildren.find((c) => c.type === 'statement_list');
      const events = (list?.namedChildren ?? []).flatMap((st) => lockEvent(st) ?? []);
      const last = events.at(-1);
      if (fn === undefined || last === undefined || events.length > 2) {
        continue;
      }
      const inner: Frame = {
        ...frame,
        decl: this.#decl(fn.file, fn.node),
        env: this.#bindParams(fn, call, frame),
        callee: true,
        activation: this.#activation(),
      };
      const lock = this.#lock({ qualifier: last.qualifier, read: last.read }, inner);
      if (!decided.has(lock.key)) {
        decided.add(lock.key);
        if (last.locks) {
          out.push({ ...lock, text: `${call.text} (${lock.text})` });
        }
      }
    }
    return out;
  }

  /** A lock's identity: the mutex it names, as map paths are named, or else its type. */
  #lock(h: HeldLock, frame: Frame): Lock {
    const q = h.qualifier;
    if (q.type.endsWith('statement') || q.type === 'func_literal') {
      return {
        key: `anon:${frame.decl.file.path}:${String(q.start)}`,
        read: h.read,
        text: 'a lock',
      };
    }
    const loc = this.#condMutex(q, frame) ?? this.#locOf(q, frame, 0);
    const t = namedTypeOf(frame.decl.typer.typeOf(q));
    const key = loc === undefined ? (t === undefined ? `text:${q.text}` : `type:${t}`) : keyOf(loc);
    return { key, read: h.read, text: q.text };
  }

  /** A call: into a package function, a bound literal, or a std function that iterates a map. */
  #call(call: GoNode, frame: Frame): void {
    const fnExpr = unparen(call.child('function'));
    if (fnExpr?.type === 'identifier') {
      const b = frame.decl.scopes.resolve(fnExpr);
      const v = b === undefined ? undefined : frame.env.get(b);
      if (v?.kind === 'func') {
        this.#enterLiteral(v, call, frame);
        return;
      }
      const closure = b?.value?.type === 'func_literal' ? b.value : undefined;
      if (closure !== undefined && localClosure(closure, frame.decl.scopes) === b) {
        // `check := func(…) {…}` called only directly: it runs at each call, under the locks
        // held there (`s.locks[i].Lock(); check(i, …)`), not where it is made.
        this.#enterLiteral({ kind: 'func', literal: closure, frame }, call, frame);
        return;
      }
    }
    const c = callee(call);
    const iterates = c?.qualifier === undefined ? undefined : ITERATING.get(c.qualifier.text);
    if (
      c?.qualifier?.type === 'identifier' &&
      iterates !== undefined &&
      frame.decl.scopes.resolve(c.qualifier) === undefined &&
      (iterates === 'all' || iterates.has(c.name))
    ) {
      const writes = c.qualifier.text === 'maps' ? MAPS_WRITES.get(c.name) : undefined;
      for (const [i, arg] of callArguments(call).entries()) {
        // maps.Copy(dst, src) ranges over src and writes dst.
        const kind = i === 0 && writes !== undefined ? 'write' : 'range';
        for (const m of mapsIn(arg)) {
          this.#record(m, kind, m, frame);
        }
        if (i === 0 && writes === 'only') {
          break;
        }
      }
      return;
    }
    const fn = this.#calledFunction(call, frame);
    if (fn === undefined || frame.depth >= MAX_DEPTH || frame.stack.has(fn.node)) {
      return;
    }
    const decl = this.#decl(fn.file, fn.node);
    const body = fn.node.child('body');
    if (body === undefined) {
      return;
    }
    let inner: Frame = {
      decl,
      goroutine: frame.goroutine,
      env: this.#bindParams(fn, call, frame),
      locks: [...frame.locks, ...this.#heldAt(call, frame)],
      via: [...frame.via, where(frame.decl.file, call)],
      calls: [...(frame.calls ?? []), call],
      depth: frame.depth + 1,
      repeated: frame.repeated || inLoop(call),
      stack: new Set([...frame.stack, fn.node]),
      callee: true,
      activation: this.#callActivation(call, frame),
      falses: this.#falseConditions(decl, call),
      once:
        frame.once === true ||
        ((frame.goroutine.many || frame.repeated || inLoop(call)) &&
          startsOnce(call, frame.decl.node)),
    };
    // A method whose doc comment says its callers hold the receiver's lock runs under it.
    const documented = this.#documentedHeld(fn.file, fn.node);
    const docLock =
      documented === undefined
        ? undefined
        : this.#receiverLock(inner, documented.type, documented.field);
    if (docLock !== undefined && !inner.locks.some((l) => l.key === docLock.key)) {
      inner = { ...inner, locks: [...inner.locks, docLock] };
    }
    // A call this goroutine already followed in the same state finds nothing new.
    const seen = this.#callState(fn.node, inner);
    if (this.#followed.has(seen)) {
      return;
    }
    this.#followed.add(seen);
    this.#walk(body, inner);
  }

  /**
   * Whether a literal is an argument of a call into a package function this walk follows, which
   * uses that parameter only inside goroutines it starts: the walk of the function runs the
   * literal there (loki's RunWithSkipOrSendMany calls its `process` only in the goroutine it
   * starts), not here.
   */
  #handedToFollowed(literal: GoNode, frame: Frame): boolean {
    const call = literal.parent?.type === 'argument_list' ? literal.parent.parent : undefined;
    const fn = call?.type === 'call_expression' ? this.#calledFunction(call, frame) : undefined;
    if (
      call === undefined ||
      fn?.node.child('body') === undefined ||
      frame.depth >= MAX_DEPTH ||
      frame.stack.has(fn.node)
    ) {
      return false;
    }
    const i = callArguments(call).indexOf(literal);
    const name = parameterNames(fn.node)[i];
    const param =
      name === undefined ? undefined : this.#decl(fn.file, fn.node).scopes.resolve(name);
    return (
      param !== undefined &&
      param.uses.length > 0 &&
      param.uses.every((u) => u.ancestor('go_statement') !== undefined)
    );
  }

  #enterLiteral(v: FuncValue, call: GoNode, frame: Frame): void {
    const body = v.literal.child('body');
    if (body === undefined || frame.stack.has(v.literal) || frame.depth >= MAX_DEPTH) {
      return;
    }
    // A literal another goroutine made (handed to `go mt.runSpecTracker(…, func…)`, kubedog)
    // reaches what it captured as this goroutine shares it: no longer its maker's alone.
    const env =
      v.frame.goroutine === frame.goroutine
        ? new Map(v.frame.env)
        : this.#rebased(v.frame.env, frame.goroutine, v.frame.goroutine);
    bindArguments(env, v.literal, callArguments(call), (a) => this.#valueOf(a, frame));
    this.#walk(body, {
      ...v.frame,
      goroutine: frame.goroutine,
      env,
      locks: [...frame.locks, ...this.#heldAt(call, frame)],
      depth: frame.depth + 1,
      stack: new Set([...frame.stack, v.literal]),
      // A callback made inside an entered closure runs in that closure's call.
      entered: v.frame.entered ?? v.literal,
    });
  }

  #bindParams(
    fn: PackageFunc,
    call: GoNode,
    frame: Frame,
    valueOf = (a: GoNode): Value | undefined => this.#valueOf(a, frame),
  ): Map<Binding, Value> {
    const decl = this.#decl(fn.file, fn.node);
    const env = new Map<Binding, Value>();
    const params = parameterNames(fn.node);
    const args = callArguments(call);
    params.forEach((p, i) => {
      const b = decl.scopes.resolve(p);
      const a = args[i];
      const v = a === undefined ? undefined : valueOf(a);
      if (b !== undefined && v !== undefined) {
        env.set(b, v);
      }
    });
    const recv = fn.node.child('receiver')?.namedChildren[0]?.child('name');
    const f = unparen(call.child('function'));
    const operand = f?.type === 'selector_expression' ? f.child('operand') : undefined;
    const rb = recv === undefined ? undefined : decl.scopes.resolve(recv);
    const rv = operand === undefined ? undefined : valueOf(operand);
    if (rb !== undefined && rv !== undefined) {
      env.set(rb, rv);
    }
    return env;
  }

  /**
   * The callee's conditions this call makes false: a bool parameter given `false`, and a
   * field of a parameter given a keyed composite literal that sets it `false` or leaves it
   * out (moby's `containerRm(…, &ContainerRmConfig{ForceRemove: true})` never takes its
   * `if opts.RemoveLink` branch). Keys: `N` for parameter N (its binding id) given `false`;
   * `N.` for parameter N given a keyed literal, with `N.field!` for each field the literal
   * sets to something other than `false` (every other field of it is false).
   */
  #falseConditions(decl: Decl, call: GoNode): ReadonlySet<string> | undefined {
    const args = callArguments(call);
    const out = new Set<string>();
    parameterNames(decl.node).forEach((p, i) => {
      const b = decl.scopes.resolve(p);
      let a = args[i] === undefined ? undefined : unparen(args[i]);
      if (b === undefined || a === undefined) {
        return;
      }
      const id = String(this.#bindingId(b));
      if (a.type === 'false') {
        out.add(id);
        return;
      }
      if (a.type === 'unary_expression' && a.hasToken('&')) {
        a = unparen(a.namedChildren[0]);
      }
      const elements = a?.type === 'composite_literal' ? a.child('body')?.namedChildren : undefined;
      if (elements === undefined || elements.some((el) => el.type !== 'keyed_element')) {
        return;
      }
      const set = new Set<string>();
      for (const el of elements) {
        const key = el.child('key')?.namedChildren[0];
        const value = el.child('value')?.namedChildren[0];
        if (key?.type === 'identifier' && value?.type !== 'false') {
          set.add(key.text);
        }
      }
      out.add(`${id}.`);
      for (const field of set) {
        out.add(`${id}.${field}!`);
      }
    });
    return out.size === 0 ? undefined : out;
  }

  /**
   * Whether `cond` is false in this activation, as its call made it: `flag` or `opts.flag`
   * above, or a package constant declared false.
   */
  #isFalse(cond: GoNode | undefined, frame: Frame): boolean {
    if (cond?.type === 'identifier') {
      const b = frame.decl.scopes.resolve(cond);
      return b === undefined
        ? this.#falseConsts().has(cond.text)
        : frame.falses?.has(String(this.#bindingId(b))) === true && !changed(b);
    }
    const operand =
      cond?.type === 'selector_expression' ? unparen(cond.child('operand')) : undefined;
    const field = cond?.child('field')?.text;
    if (operand?.type !== 'identifier' || field === undefined || frame.falses === undefined) {
      return false;
    }
    const b = frame.decl.scopes.resolve(operand);
    const id = b === undefined || changed(b) ? undefined : String(this.#bindingId(b));
    return id !== undefined && frame.falses.has(`${id}.`) && !frame.falses.has(`${id}.${field}!`);
  }

  #valueOf(expr: GoNode, frame: Frame): Value | undefined {
    const e = unparen(expr);
    if (e?.type === 'func_literal') {
      return { kind: 'func', literal: e, frame };
    }
    if (e?.type === 'identifier') {
      const b = frame.decl.scopes.resolve(e);
      const v = b === undefined ? undefined : frame.env.get(b);
      if (v?.kind === 'func') {
        return v;
      }
    }
    return e === undefined ? undefined : this.#locOf(e, frame, 0);
  }

  /**
   * A go statement (or `g.Go`): a new goroutine, followed once this one is done. One its
   * spawner waits for at once (`go f(); <-done`) runs while the spawner is blocked: it is
   * followed there and then, as the spawner's goroutine.
   */
  #spawn(stmt: GoNode, call: GoNode, frame: Frame): void {
    const target = unparen(call.child('function'));
    if (target?.type === 'func_literal') {
      this.#spawnLiteral(stmt, target, callArguments(call), frame);
      return;
    }
    if (target?.type === 'identifier') {
      const b = frame.decl.scopes.resolve(target);
      const v = b === undefined ? undefined : frame.env.get(b);
      if (v?.kind === 'func') {
        this.#spawnLiteral(stmt, v.literal, callArguments(call), v.frame, frame);
        return;
      }
    }
    const fn = this.#calledFunction(call, frame);
    const body = fn?.node.child('body');
    const g = this.#started(stmt, body, frame);
    if (fn === undefined || body === undefined || g === undefined) {
      return;
    }
    const decl = this.#decl(fn.file, fn.node);
    const env = this.#rebased(
      this.#bindParams(fn, call, frame, (a) => this.#handedValue(a, stmt, frame)),
      g,
      frame.goroutine,
    );
    this.#run(g, frame, () => {
      this.#walk(body, {
        decl,
        goroutine: g,
        env,
        locks: this.#inheritedLocks(stmt, frame),
        via: [],
        depth: 0,
        repeated: false,
        stack: new Set([fn.node]),
        callee: true,
        activation: this.#activation(),
      });
    });
  }

  /** A goroutine running a function literal; `from` is the frame of the go statement. */
  #spawnLiteral(
    stmt: GoNode,
    literal: GoNode,
    args: readonly GoNode[],
    closure: Frame,
    from: Frame = closure,
  ): void {
    const body = literal.child('body');
    const g = this.#started(stmt, body, from);
    if (body === undefined || g === undefined) {
      return;
    }
    const env = new Map(closure.env);
    bindArguments(env, literal, args, (a) => this.#handedValue(a, stmt, from));
    const rebased = this.#rebased(env, g, from.goroutine);
    this.#run(g, from, () => {
      this.#walk(body, {
        ...closure,
        goroutine: g,
        env: rebased,
        locks: this.#inheritedLocks(stmt, from),
        via: [],
        depth: 0,
        repeated: false,
        stack: new Set([literal]),
        callee: false,
      });
    });
  }

  /**
   * An argument of a go statement as the goroutine holds it. A local the spawner next replaces
   * with a fresh value (`go pool.runReorg(…, queued)` then `queued = make(…)`) is handed
   * over: what the goroutine got is no longer the spawner's, nor another instance's.
   */
  #handedValue(arg: GoNode, stmt: GoNode, frame: Frame): Value | undefined {
    const v = this.#valueOf(arg, frame);
    const id = unparen(arg);
    const b = id?.type === 'identifier' ? frame.decl.scopes.resolve(id) : undefined;
    return v?.kind === 'loc' && b !== undefined && handedOver(b, stmt, frame.decl.scopes)
      ? { ...v, base: `${v.base}>${String(stmt.start)}`, handed: true }
      : v;
  }

  /**
   * The locks a new goroutine runs under: none of its own, but one its spawner waits for
   * before returning lives inside the sections its callers hold around that call (geth's
   * `addLayer`, called under `tree.lock`, fans out and waits).
   */
  #inheritedLocks(stmt: GoNode, frame: Frame): Lock[] {
    return joinedBeforeReturn(stmt, frame.decl.node) ? [...frame.locks] : [];
  }

  /**
   * Whether a go statement in a loop is waited for later in the same pass, before the next
   * pass can start another: a later statement of its block joins (`for c := range ch` to the
   * close, `wg.Wait()`), and nothing between starts goroutines or leaves the pass (loki's test
   * ranges each Populate's channel to its close before the next). Its goroutines then run one
   * at a time, as a token-gated one's do.
   */
  #joinedInItsPass(stmt: GoNode, loop: GoNode | undefined, frame: Frame): boolean {
    const list = stmt.parent;
    if (loop === undefined || list?.type !== 'statement_list') {
      return false;
    }
    const siblings = list.namedChildren;
    for (const s of siblings.slice(siblings.indexOf(stmt) + 1)) {
      if (this.#ownJoin(s, frame)) {
        return true;
      }
      const leaves = { found: false };
      s.walk((n) => {
        leaves.found ||= /^(?:go|return|break|continue|goto)_statement$/.test(n.type);
        return !leaves.found && n.type !== 'func_literal';
      });
      if (leaves.found) {
        return false;
      }
    }
    return false;
  }

  /** Follows a goroutine: at once when it is its spawner's own, else after the current one. */
  #run(g: Running, from: Frame, walk: () => void): void {
    if (g === from.goroutine) {
      walk();
    } else {
      this.#queue.push(walk);
    }
  }

  /**
   * The values a new goroutine is handed, as it sees them: shared with its spawner (nobody
   * owns them alone any more), and its own only where each instance gets a different one (a
   * variable of the loop around the go statement, or of a spawner that itself repeats).
   */
  #rebased(env: ReadonlyMap<Binding, Value>, g: Running, spawner: Running): Map<Binding, Value> {
    const out = new Map<Binding, Value>();
    // A variable of a function around the spawner's own code (`m` of main, which each of its
    // workers hands to `go m.run()`) is one for all the spawner's instances.
    const around = (o: Binding): boolean =>
      spawner.body !== undefined &&
      o.func !== spawner.body.parent &&
      sameFile(o.func, spawner.body) &&
      o.func.contains(spawner.body);
    for (const [b, v] of env) {
      if (v.kind === 'func') {
        out.set(b, v);
        continue;
      }
      const o = v.origin;
      const perInstance =
        v.handed === true ||
        (o !== undefined &&
          ((g.spawnerRepeats && !around(o)) ||
            (g.loop !== undefined && sameFile(o.ident, g.loop) && g.loop.contains(o.ident))));
      out.set(b, { ...v, perInstance, owned: false });
    }
    return out;
  }

  /**
   * The goroutine a go statement starts (undefined past the budget, or with no body to
   * follow); the spawner's own when it waits for it at once. Either way the spawner now runs
   * beside something.
   */
  #started(stmt: GoNode, body: GoNode | undefined, frame: Frame): Running | undefined {
    if (stmt.type === 'go_statement' && joins(nextSibling(stmt))) {
      return frame.goroutine;
    }
    frame.goroutine.concurrent = true;
    if (body === undefined || this.#goroutines >= MAX_GOROUTINES) {
      return undefined;
    }
    const loop = loopAround(stmt);
    const spawner = frame.goroutine;
    // `if !s.started.CompareAndSwap(false, true) { return }` before `go s.loop()`: however
    // often Start is called, one goroutine runs per object (Start called in a loop over the
    // workers starts each its own).
    // A go statement that takes a token the goroutine gives back as it ends (`case
    // <-r.stopped: go r.runLoop()`, runLoop deferring `r.stopped <- struct{}{}`): one runs
    // at a time, however often it is started.
    const oneAtATime = tokenGated(stmt, body) || this.#joinedInItsPass(stmt, loop, frame);
    if (oneAtATime) {
      this.#gated.add(stmt);
    }
    const spawnerRepeats =
      (spawner.many || frame.repeated) &&
      frame.once !== true &&
      !oneAtATime &&
      !startsOnce(stmt, frame.decl.node);
    const many = spawnerRepeats || (loop !== undefined && !oneAtATime);
    const g = this.#goroutine(
      `the goroutine started at ${where(frame.decl.file, stmt)}`,
      many,
      true,
      {
        body,
        spawnerRepeats,
        loop,
        parent: spawner.key,
        parentId: spawner.id,
        parentMany: spawner.many,
        epoch: spawner.joins,
        root: spawner.root,
        inApi: spawner.inApi,
        fromConstructor: spawner.fromConstructor,
        rootEntry: spawner.rootEntry,
        stmt,
      },
    );
    const calls = frame.calls ?? [];
    const before = `${String(spawner.key)}|${frame.decl.file.path}:${String(stmt.start)}`;
    const earlier = many ? undefined : this.#startedBy.get(before);
    // One walk reaching the go statement again by calls that never both run (`if !auth {
    // return c.serve() }` … `return c.serve()`): the same goroutine, on another path.
    const same = earlier?.find((e) => exclusivePaths(e.calls, calls));
    const started = same === undefined ? g : { ...g, id: same.id };
    if (!many) {
      this.#startedBy.set(before, [...(earlier ?? []), { id: started.id, calls }]);
    }
    spawner.live = { ...spawner.live, ids: new Set([...spawner.live.ids, started.id]) };
    return started;
  }

  /** What a map expression reaches its map through; undefined when it cannot tell. */
  #locOf(expr: GoNode, frame: Frame, depth: number): Loc | undefined {
    const e = unparen(expr);
    if (e === undefined || depth > 8) {
      return undefined;
    }
    switch (e.type) {
      case 'identifier':
        return this.#identLoc(e, frame, depth);
      case 'selector_expression': {
        const operand = e.child('operand');
        const field = e.child('field')?.text;
        if (operand === undefined || field === undefined) {
          return undefined;
        }
        if (
          operand.type === 'identifier' &&
          frame.decl.scopes.resolve(operand) === undefined &&
          this.#index.global(operand.text) === undefined
        ) {
          // pkg.Var of an imported package.
          return {
            kind: 'loc',
            base: `g:${operand.text}.${field}`,
            path: [],
            perInstance: false,
            owned: false,
          };
        }
        const inner = this.#locOf(operand, frame, depth + 1);
        const owner = namedTypeOf(frame.decl.typer.typeOf(operand)) ?? '?';
        if (this.#aliasedFields().has(`${owner}.${field}`)) {
          // One map given to the field of many objects: whichever object, the same map.
          const base = `alias:${owner}.${field}`;
          return { kind: 'loc', base, path: [], perInstance: false, owned: false };
        }
        return inner === undefined
          ? undefined
          : { ...inner, path: [...inner.path, `${owner}.${field}`] };
      }
      case 'index_expression': {
        const inner = this.#locOf(e.child('operand') ?? e, frame, depth + 1);
        return inner === undefined
          ? undefined
          : {
              ...inner,
              path: [...inner.path, '[]'],
              perInstance: inner.perInstance || this.#instanceIndex(e.child('index'), frame),
            };
      }
      case 'unary_expression':
        return e.hasToken('&') || e.hasToken('*')
          ? this.#locOf(e.child('operand') ?? e, frame, depth + 1)
          : undefined;
      case 'call_expression':
        return this.#returnedLoc(e, frame, depth);
      default:
        return undefined;
    }
  }

  #identLoc(e: GoNode, frame: Frame, depth: number): Loc | undefined {
    const b = frame.decl.scopes.resolve(e);
    if (b === undefined) {
      return this.#index.global(e.text) === undefined
        ? undefined
        : { kind: 'loc', base: `g:${e.text}`, path: [], perInstance: false, owned: false };
    }
    const bound = frame.env.get(b);
    if (bound !== undefined) {
      return bound.kind === 'loc' ? bound : undefined;
    }
    if (b.kind === 'const') {
      return undefined;
    }
    const perInstance = this.#private(b, frame);
    const local: Loc = {
      kind: 'loc',
      base: `l:${String(this.#bindingId(b))}@${String(frame.activation)}`,
      path: [],
      perInstance,
      owned: false,
      origin: b,
    };
    if (b.kind !== 'var') {
      // A parameter with no caller's value: whatever an unknown caller passed.
      return b.func === frame.decl.node && !frame.callee ? this.#unbound(b, frame) : local;
    }
    const reassigned = b.uses.some(isAssignTarget);
    if (b.rangeOf !== undefined) {
      const over = this.#locOf(b.rangeOf.expr, frame, depth + 1);
      // An element: the container's, and as much each instance's own as the range variable
      // (`for _, mc := range m.mc { mc.store.run() }` starts one goroutine per element). A
      // goroutine the loop starts holds its pass's element when the variable is the pass's
      // own (go1.22): `for _, b := range h.bridges { go func() { b.process() }() }`.
      const own =
        perInstance &&
        frame.goroutine.loop !== undefined &&
        this.#perIteration(frame.decl.file) &&
        sameFile(b.ident, frame.goroutine.loop) &&
        frame.goroutine.loop.contains(b.ident);
      return b.rangeOf.index === 1 && over !== undefined
        ? { ...over, path: [...over.path, '[]'], origin: b, perInstance: over.perInstance || own }
        : local;
    }
    const value = b.value ?? firstOfPair(b);
    if (value === undefined || reassigned) {
      return local;
    }
    const t =
      frame.goroutine.inApi && !frame.callee && startsGoroutines(frame.decl.node)
        ? returnedType(b, frame.decl.typer)
        : undefined;
    if (t !== undefined) {
      // A constructor that starts goroutines on its result: the T its caller then calls the
      // methods of, beside them. Before its first go statement, while only its own methods
      // and fields have been touched, the value it made is still its own (nats.go's Connect
      // fills the server pool of a Conn no goroutine has yet).
      return {
        kind: 'loc',
        base: `r:${t}`,
        path: [],
        perInstance: false,
        owned: isFresh(value) && unpublishedAt(e, b, frame.decl.node),
      };
    }
    if (isFresh(value)) {
      return { ...local, owned: !escapes(b) };
    }
    if (swapped(b, value)) {
      return { ...local, owned: true };
    }
    const loc = this.#locOf(value, frame, depth + 1);
    if (loc === undefined) {
      return local;
    }
    // A local a call returned (`o := newOracle()`) is each instance's own as much as the
    // variable it went into is, whoever evaluates it now.
    const returned = unparen(value)?.type === 'call_expression' && loc.base.startsWith('l:');
    if (returned) {
      return { ...loc, perInstance };
    }
    // An element the loop's own key picks (`obj := s.stateObjects[addr]` in `for addr := range
    // s.mutations`, then `workers.Go(func() { obj.commit() })`): each pass's is another.
    if (this.#keyedByLoop(value, b, frame)) {
      return { ...loc, perInstance: true };
    }
    // Each pass's own element: handed to a go statement of that loop (`go process(child,
    // done)`), it is each goroutine's (see #rebased).
    const pass = loopPicking(value, b, frame.decl.scopes);
    return pass === undefined ? loc : { ...loc, origin: b, pass };
  }

  /**
   * A parameter no caller's value is known for (an entry point's): the receiver of a method
   * of T is "the T" all of T's entry methods share; other parameters name nothing shared.
   */
  #unbound(b: Binding, frame: Frame): Loc | undefined {
    const t = b.kind === 'receiver' ? namedTypeOf(frame.decl.typer.bindingType(b)) : undefined;
    return t === undefined
      ? undefined
      : { kind: 'loc', base: `r:${t}`, path: [], perInstance: false, owned: false };
  }

  /** A map a package function returns (`return p.counts`), in terms of this call's arguments. */
  #returnedLoc(call: GoNode, frame: Frame, depth: number): Loc | undefined {
    const fn = this.#calledFunction(call, frame);
    const body = fn?.node.child('body');
    if (fn === undefined || body === undefined || frame.stack.has(fn.node) || depth > 4) {
      return undefined;
    }
    if (/^(?:Clone|Copy|DeepCopy)$/.test(fn.name.replace(/^.*\./, ''))) {
      // What a Clone returns is a copy (tailscale's Report.Clone copies its maps with
      // maps.Clone), whatever the walk of its body would tie it to.
      return undefined;
    }
    const inner: Frame = {
      ...frame,
      decl: this.#decl(fn.file, fn.node),
      env: this.#bindParams(fn, call, frame),
      stack: new Set([...frame.stack, fn.node]),
      callee: true,
      activation: this.#callActivation(call, frame),
    };
    let found: Loc | undefined;
    body.walk((n) => {
      if (found !== undefined || n.type === 'func_literal') {
        return false;
      }
      if (n.type === 'return_statement') {
        const first = n.namedChildren[0]?.namedChildren[0];
        const loc = first === undefined ? undefined : this.#locOf(first, inner, depth + 1);
        // (A local of the call's activation, `p := &T{…}; go p.loop(); return p`, is the
        // object the caller gets: the same activation as the walk of that call.)
        if (loc !== undefined && !loc.owned) {
          found = loc;
        } else if (loc !== undefined && loc.path.length > 0) {
          found = loc;
        }
        return false;
      }
      return true;
    });
    return found;
  }

  /** Whether each instance of the frame's goroutine has its own copy of `b`. */
  #private(b: Binding, frame: Frame): boolean {
    const g = frame.goroutine;
    if (g.body !== undefined && sameFile(b.ident, g.body) && g.body.contains(b.ident)) {
      return true;
    }
    if (
      frame.entered !== undefined &&
      sameFile(b.ident, frame.entered) &&
      frame.entered.contains(b.ident)
    ) {
      return true;
    }
    // A call's own variables, those of the literals inside it included, are each call's.
    if (frame.callee && sameFile(b.ident, frame.decl.node) && frame.decl.node.contains(b.ident)) {
      return true;
    }
    if (g.spawnerRepeats) {
      return true;
    }
    return g.loop !== undefined && sameFile(b.ident, g.loop) && g.loop.contains(b.ident);
  }

  /**
   * Whether `value`, held by a variable declared in the loop that starts this goroutine, is
   * an element picked by that loop's own variable (a range key, a counter).
   */
  #keyedByLoop(value: GoNode, b: Binding, frame: Frame): boolean {
    const g = frame.goroutine;
    return g.many && g.loop !== undefined && loopPicking(value, b, frame.decl.scopes) === g.loop;
  }

  /**
   * `index` is a parameter of the goroutine's literal that its go statement, in a loop, gives
   * the loop's own variable (`for i := range n { go func(idx int) { shards[idx] = … }(i) }`):
   * each instance has its own value, so `shards[idx]` is each instance's own element.
   */
  #instanceIndex(index: GoNode | undefined, frame: Frame): boolean {
    const g = frame.goroutine;
    const literal = g.body?.parent;
    const call = g.stmt?.type === 'go_statement' ? unparen(g.stmt.namedChildren[0]) : undefined;
    const i = unparen(index);
    if (
      !g.many ||
      g.loop === undefined ||
      literal?.type !== 'func_literal' ||
      i?.type !== 'identifier'
    ) {
      return false;
    }
    const b = frame.decl.scopes.resolve(i);
    const k = parameterNames(literal).findIndex((p) => p.start === b?.ident.start);
    const arg = k < 0 || call === undefined ? undefined : unparen(callArguments(call)[k]);
    if (arg?.type !== 'identifier') {
      return false;
    }
    const header = g.loop.namedChildren.filter((c) => c.field !== 'body');
    const declared = frame.decl.scopes.resolve(arg)?.ident;
    return declared !== undefined && header.some((h) => h.contains(declared));
  }

  #activations = 0;

  #activation(): number {
    return ++this.#activations;
  }

  readonly #callActivations = new Map<string, number>();

  /**
   * The activation of the function a call runs: one per call site and caller's activation, so
   * that the walk of the call and a look at what it returns see the same locals.
   */
  #callActivation(call: GoNode, frame: Frame): number {
    const key = `${frame.decl.file.path}:${String(call.start)}@${String(frame.activation)}`;
    let a = this.#callActivations.get(key);
    if (a === undefined) {
      a = this.#activation();
      this.#callActivations.set(key, a);
    }
    return a;
  }

  #bindingId(b: Binding): number {
    let id = this.#bindingIds.get(b);
    if (id === undefined) {
      id = this.#bindingIds.size;
      this.#bindingIds.set(b, id);
    }
    return id;
  }

  /** Pairs the accesses of each map into races, one per reported access. */
  #races(): Race[] {
    const best = new Map<string, Race>();
    for (const [map, list] of this.#accesses) {
      // Whether the code ever takes a lock around this map: a type's callers are assumed to
      // run at once only for the data its lock guards (Eraser's lock sets, RacerD).
      const guarding = (x: RaceAccess): boolean =>
        x.locks.some((l) => !this.#namedForAnother(l.key, map));
      // A call of the package API writes the map under its own struct's lock (thanos'
      // MultiTSDB adds tenants under `t.mtx` as requests come): its methods are written to be
      // called at once, whoever calls them. A lock only the goroutines a call fans out take
      // (`loadedSeriesMtx`) says nothing of its callers.
      const owner = /^(.*\/\w+)\.\w+$/.exec(map)?.[1];
      const guard = {
        any: list.some(guarding),
        write: list.some((x) => x.kind === 'write' && guarding(x)),
        own:
          owner !== undefined &&
          list.some(
            (x) =>
              x.kind === 'write' &&
              x.goroutine.stmt === undefined &&
              x.locks.some((l) => l.key.startsWith(`${owner}.`)),
          ),
      };
      for (let i = 0; i < list.length; i++) {
        for (let j = i; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          // Goroutines of one token-gated go statement never run at once, whoever started them.
          const gated =
            a?.goroutine.stmt !== undefined &&
            a.goroutine.stmt === b?.goroutine.stmt &&
            this.#gated.has(a.goroutine.stmt);
          const race =
            a === undefined || b === undefined || gated
              ? undefined
              : pair(a, b, map.slice(map.indexOf('/') + 1), this.#settled, guard, this.#signalers);
          if (race === undefined) {
            continue;
          }
          const at = `${race.at.file.path}:${String(race.at.node.start)}`;
          const known = best.get(at);
          if (known === undefined || rank(race) < rank(known)) {
            best.set(at, race);
          }
        }
      }
    }
    return [...best.values()];
  }
}

/**
 * Whether a and b race: different goroutines, or two instances of one reaching the map
 * through what they share; one writes; no lock both hold with one of them writing.
 */
function pair(
  a: RaceAccess,
  b: RaceAccess,
  map: string,
  settled: ReadonlySet<number>,
  guard: { readonly any: boolean; readonly write: boolean; readonly own: boolean },
  signalers: ReadonlyMap<string, Signalers>,
): Race | undefined {
  // A type's lock guards the data its methods write under it: pprof's `encodeMu`, held only
  // while one method reads a profile, does not make every other method concurrent.
  if (!guard.write && a.goroutine.assumed === true && b.goroutine.assumed === true) {
    return undefined;
  }
  // Two calls of the API that never lock this map: one caller makes them one after the
  // other, and a goroutine one of them left running is only taken to overlap the next call
  // when a constructor started it on what it returned.
  const x = a.goroutine;
  const y = b.goroutine;
  if (x.inApi && y.inApi && x.root !== y.root) {
    if (!guard.any && !x.fromConstructor && !y.fromConstructor) {
      return undefined;
    }
    // Two calls of one API function: the goroutine one call left running against the next
    // call's own work would need the caller to call it twice on one value.
    if (x.rootEntry !== undefined && x.rootEntry === y.rootEntry) {
      return undefined;
    }
  }
  if (a.kind !== 'write' && b.kind !== 'write') {
    return undefined;
  }
  // Two instances of one goroutine race only on what they share; two goroutines, unless
  // each reaches its own object.
  if (a.goroutine.id === b.goroutine.id && (!a.goroutine.many || a.perInstance || b.perInstance)) {
    return undefined;
  }
  if (a.perInstance && b.perInstance) {
    return undefined;
  }
  if (earlierPass(a, b) || earlierPass(b, a)) {
    return undefined;
  }
  // Goroutines that two calls of one caller started and waited for before returning: the
  // calls run one after the other, and so do they (geth's IntermediateRoot workers and
  // ApplyBlockAccessList's, each call ending in `group.Wait()`).
  if (
    x.parent !== undefined &&
    y.parent !== undefined &&
    x.parent !== y.parent &&
    x.parentId === y.parentId &&
    !guard.own &&
    x.parentMany === false &&
    y.parentMany === false &&
    settled.has(x.parent) &&
    settled.has(y.parent)
  ) {
    return undefined;
  }
  // A spawner runs beside what it started only until it waits for it.
  const serial = !guard.own;
  if (
    !runsBeside(a, b, settled, serial) ||
    !runsBeside(b, a, settled, serial) ||
    !siblingsOverlap(a, b)
  ) {
    return undefined;
  }
  if (releasedAfter(a, b, signalers) || releasedAfter(b, a, signalers)) {
    return undefined;
  }
  const common = a.locks.some((l) => b.locks.some((m) => m.key === l.key && (!l.read || !m.read)));
  if (common) {
    return undefined;
  }
  // Report the side that lacks the lock the other holds; a range is MH002's.
  const [at, other] = orient(a, b);
  const rule = at.kind === 'range' || other.kind === 'range' ? 'MH002' : 'MH001';
  const [rat, rother] = rule === 'MH002' && at.kind !== 'range' ? [other, at] : [at, other];
  const missing = rother.locks.find((l) => !rat.locks.some((m) => m.key === l.key))?.text;
  return { rule, at: rat, other: rother, map, missing };
}

/**
 * False when b's goroutine was started by a's (one instance of it) and was not running when
 * a was made: not yet started, or already waited for.
 */
function runsBeside(
  a: RaceAccess,
  b: RaceAccess,
  settled: ReadonlySet<number>,
  serial: boolean,
): boolean {
  const g = b.goroutine;
  if (g.parent === undefined) {
    return true;
  }
  if (g.parent !== a.goroutine.key) {
    // Another call on a's goroutine (one instance) that waited for g before returning, when
    // the calls are taken to come one after the other.
    return !(serial && g.parentId === a.goroutine.id && !a.goroutine.many && settled.has(g.parent));
  }
  return a.goroutine.many || inLive(a.live, g);
}

/**
 * b's goroutine had received, before b, from a channel that only a's goroutine (one
 * instance) closes or sends on, and only after a (later in its walk, or in a deferred call
 * or `t.Cleanup` of it): the receive waited for a, so a happens before b (Go memory model: a
 * send or close happens before the receive it completes). `go h.Run()` whose Run waits
 * `<-h.stop` before cleaning up, against the test that calls `defer h.Stop()`; a loop that
 * closes `done` as it exits, against `Shutdown` that waits `<-s.done` before reading. Only
 * the walks from a's and b's entries count: another entry (another test, the package's API
 * called from outside) is another run of the program.
 */
function releasedAfter(
  a: RaceAccess,
  b: RaceAccess,
  signalers: ReadonlyMap<string, Signalers>,
): boolean {
  const g = a.goroutine;
  return b.gates.some((c) => {
    if (g.many && !c.startsWith('wg:')) {
      return false;
    }
    const walks = signalers.get(c);
    const own = walks?.get(g.key);
    if (c.startsWith('wg:')) {
      // Wait returns once every Done has run, whoever made the calls (`Stop` that closes
      // quit and waits for the loop `Start` left running before it clears the loop's maps).
      return own !== undefined && !a.signaled.has(c);
    }
    if (walks === undefined || own === undefined || own.looped || a.signaled.has(c)) {
      return false;
    }
    for (const [key, walk] of walks) {
      // b's own later close (a loop that drains and closes its queue as it stops) cannot
      // let b's earlier receive through.
      const bLater = key === b.goroutine.key && !b.signaled.has(c);
      if (key !== g.key && !bLater && (walk.root === g.root || walk.root === b.goroutine.root)) {
        return false;
      }
    }
    return true;
  });
}

/**
 * Whether `s`, reached through a variable each pass of a loop declares for its own element, is
 * made before the go statement of that loop that started `g`'s goroutine, which holds its
 * own pass's element: it runs beside that goroutine only in a later pass, on another element
 * (dgraph's `child := sg.Children[i]`, given a fresh map and filled before `go
 * ProcessGraph(ctx, child, …)`).
 */
function earlierPass(s: RaceAccess, g: RaceAccess): boolean {
  const stmt = g.goroutine.stmt;
  const loop = s.pass;
  return (
    loop !== undefined &&
    g.perInstance &&
    stmt !== undefined &&
    sameFile(loop, stmt) &&
    loop.contains(stmt) &&
    sameFile(loop, s.node) &&
    loop.contains(s.node) &&
    s.node.start < stmt.start
  );
}

/**
 * Two goroutines one walk started: they overlap unless the walk waited for what it had
 * started between starting one and the other.
 */
function siblingsOverlap(a: RaceAccess, b: RaceAccess): boolean {
  const x = a.goroutine;
  const y = b.goroutine;
  if (x.parent === undefined || x.parent !== y.parent || x.id === y.id) {
    return true;
  }
  // One that waited (wg.Wait()) is taken to have waited for the siblings started before it.
  if ((y.id < x.id && a.waited > 0) || (x.id < y.id && b.waited > 0)) {
    return false;
  }
  return x.epoch === y.epoch;
}

function inLive(live: Live, g: Goroutine): boolean {
  const { loop } = live;
  const stmt = g.stmt;
  if (live.ids.has(g.id)) {
    return true;
  }
  return loop !== undefined && stmt !== undefined && sameFile(loop, stmt) && loop.contains(stmt);
}

function orient(a: RaceAccess, b: RaceAccess): [RaceAccess, RaceAccess] {
  if (a.locks.length !== b.locks.length) {
    return a.locks.length < b.locks.length ? [a, b] : [b, a];
  }
  return a.kind === 'write' || b.kind !== 'write' ? [a, b] : [b, a];
}

/** Prefer a write on the other side, then a lock there, then the earliest. */
function rank(r: Race): number {
  return (
    (r.other.node === r.at.node ? 4e9 : 0) +
    (r.other.kind === 'write' ? 0 : 2e9) +
    (r.missing === undefined ? 1e9 : 0) +
    r.other.node.start
  );
}

/**
 * The key accesses to one map share: what the path starts from (one package variable, one
 * variable of one activation, the receiver of T's entry methods) and its last field on.
 */
function keyOf(loc: Loc): string {
  return `${loc.base}/${shownName(loc)}`;
}

/** The map as messages name it: the last field with its type (`poll.counts`) and what follows. */
function shownName(loc: Loc): string {
  for (let i = loc.path.length - 1; i >= 0; i--) {
    const seg = loc.path[i];
    if (seg !== undefined && seg !== '[]' && !seg.startsWith('?.')) {
      return loc.path.slice(i).join('');
    }
  }
  const base = loc.base.startsWith('g:')
    ? loc.base.slice(2)
    : loc.base.startsWith('alias:')
      ? `${loc.base.slice(6)}: one map given to many objects`
      : 'a local map';
  return base + loc.path.join('');
}

function bindArguments(
  env: Map<Binding, Value>,
  literal: GoNode,
  args: readonly GoNode[],
  valueOf: (a: GoNode) => Value | undefined,
): void {
  const scopes = new Scopes(literal);
  parameterNames(literal).forEach((p, i) => {
    const a = args[i];
    const b = scopes.resolve(p);
    const v = a === undefined ? undefined : valueOf(a);
    if (b !== undefined && v !== undefined) {
      env.set(b, v);
    }
  });
}

/** Whether a local escapes to other goroutines or other owners: captured, sent, stored, returned. */
function escapes(b: Binding): boolean {
  return b.uses.some((u) => {
    const fn = enclosingFunction(u);
    if (fn !== b.func) {
      return true;
    }
    for (let p = u.parent; p !== undefined && p !== fn; p = p.parent) {
      switch (p.type) {
        case 'go_statement':
        case 'send_statement':
        case 'return_statement':
        case 'composite_literal':
        case 'keyed_element':
          return true;
        case 'assignment_statement':
          return p.child('right')?.contains(u) === true;
        case 'expression_statement':
        case 'block':
          return false;
        default:
          break;
      }
    }
    return false;
  });
}

/**
 * `old := s.m; s.m = make(…)`: the function takes the map out and puts another in its
 * place, so what the variable holds is no longer reachable through the field.
 */
function swapped(b: Binding, value: GoNode): boolean {
  const v = unparen(value);
  if (v?.type !== 'selector_expression') {
    return false;
  }
  let found = false;
  b.func.walk((n) => {
    if (n.type === 'assignment_statement' && n.start > b.decl.start) {
      found ||= (n.child('left')?.namedChildren ?? []).some((l) => l.text === v.text);
    }
    return !found;
  });
  return found;
}

/** Fields made with `sync.NewCond(&x.mu)` in the package, and the mutex field each wraps. */
function condFields(files: readonly ParsedFile[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    for (const m of f.source.matchAll(
      /\b(\w+)\s*(?::|=)\s*sync\.NewCond\(\s*&\s*(?:[\w]+\.)*(\w+)\s*\)/g,
    )) {
      if (m[1] !== undefined && m[2] !== undefined) {
        out.set(m[1], m[2]);
      }
    }
  }
  return out;
}

/** A function (not a method) that returns a value and starts goroutines. */
function isConstructor(decl: GoNode): boolean {
  return (
    decl.type === 'function_declaration' &&
    decl.child('result') !== undefined &&
    startsGoroutines(decl)
  );
}

/**
 * Package-level `const x = false` (alone or in a group), by name; not a name another file
 * declares otherwise (`supportsX` true on one platform, false on the others).
 */
function falseConstants(files: readonly ParsedFile[]): ReadonlySet<string> {
  const values = new Map<string, Set<string>>();
  for (const file of files) {
    for (const d of file.topLevelNodes) {
      if (d.type !== 'const_declaration') {
        continue;
      }
      for (const m of file.text(d).matchAll(/(?:^|[\s(])(\w+)\s*(?:bool\s*)?=\s*(\w+)/g)) {
        if (m[1] !== undefined && m[2] !== undefined) {
          const seen = values.get(m[1]) ?? new Set<string>();
          seen.add(m[2]);
          values.set(m[1], seen);
        }
      }
    }
  }
  return new Set(
    [...values].filter(([, v]) => v.size === 1 && v.has('false')).map(([name]) => name),
  );
}

/**
 * Fields a function of the package sets true before a go statement of its own (`s.serve =
 * true` in grpc's Serve, before the accept loop starts a goroutine per connection).
 */
function startFlags(files: readonly ParsedFile[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const file of files) {
    if (file.path.endsWith('_test.go')) {
      continue;
    }
    for (const d of file.topLevelNodes) {
      const body = d.type.endsWith('_declaration') ? d.child('body') : undefined;
      const text = body === undefined ? '' : file.text(body);
      const lastGo = goStatementOffsets(text).at(-1) ?? -1;
      for (const m of text.matchAll(/\b\w+\.(\w+)\s*=\s*true\b/g)) {
        if (m.index < lastGo && m[1] !== undefined) {
          out.add(m[1]);
        }
      }
    }
  }
  return out;
}

/**
 * Which of the unexported types `names` the package hands to code outside it: an exported
 * declaration's result, field, embedding or value mentions the type; or a function makes one
 * (`&t{…}`, `t{…}`, `new(t)`) and passes it to a call, returns it, or stores it
 * (`r.RegisterDriver(name, d)`, `return &t{…}` as an interface). One pass over the package.
 */
function handedOutTypes(files: readonly ParsedFile[], names: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (names.length === 0) {
    return out;
  }
  const alternatives = names.join('|');
  const mention = new RegExp(`\\b(?:${alternatives})\\b`, 'g');
  const made = new RegExp(
    `(?:&\\s*)?\\b(${alternatives})\\s*\\{|\\bnew\\(\\s*(${alternatives})\\s*\\)`,
    'g',
  );
  const mentioned = (text: string): void => {
    for (const m of text.matchAll(mention)) {
      out.add(m[0]);
    }
  };
  for (const file of files) {
    if (file.path.endsWith('_test.go')) {
      continue;
    }
    for (const d of file.topLevelNodes) {
      switch (d.type) {
        case 'function_declaration':
        case 'method_declaration': {
          const name = nameOf(file, d);
          const receiver = receiverTypeName(file, d);
          const result = d.child('result');
          if (
            name !== undefined &&
            isExported(name) &&
            (receiver === undefined || isExported(receiver)) &&
            result !== undefined
          ) {
            mentioned(file.text(result));
          }
          const body = d.child('body');
          if (body !== undefined) {
            escapingIn(file.text(body), made, out);
          }
          break;
        }
        case 'type_declaration':
          for (const spec of d.namedChildren) {
            const name = spec.child('name');
            if (name !== undefined && isExported(file.text(name))) {
              mentioned(file.text(spec));
            }
          }
          break;
        case 'var_declaration':
          for (const spec of d.namedChildren) {
            const name = spec.child('name');
            const text = name === undefined ? '' : file.text(name);
            if (text === '_' || isExported(text)) {
              mentioned(file.text(spec));
            }
          }
          break;
        default:
      }
    }
  }
  return out;
}

/** Adds to `out` the types whose values, made in function body `text`, leave it. */
function escapingIn(text: string, made: RegExp, out: Set<string>): void {
  const bound = new Map<string, string>();
  for (const m of text.matchAll(made)) {
    const t = m[1] ?? m[2];
    if (t === undefined || out.has(t)) {
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const to = /(\w+)\s*(?::=|=)\s*$/.exec(before)?.[1];
    if (to === undefined || /\.\s*\w+\s*=\s*$/.test(before)) {
      // Made in place: an argument, a result, a field or element value, a store.
      out.add(t);
    } else {
      bound.set(to, t);
    }
  }
  for (const [v, t] of bound) {
    if (out.has(t)) {
      continue;
    }
    const leaves = new RegExp(
      `(?:[(,]\\s*&?${v}\\s*[,)]|\\breturn\\b[^\\n]*[\\s,&]${v}\\s*(?:$|[,\\n}])|[^:!=<>]=\\s*&?${v}\\s*(?:$|[\\n;}])|:\\s*&?${v}\\s*[,}\\n]|<-\\s*&?${v}\\b)`,
      'm',
    );
    if (leaves.test(text)) {
      out.add(t);
    }
  }
}

/**
 * `node` is in the function a `once.Do(func() {…})` runs: Go runs it once, and its completion
 * is synchronized before every call of Do returns, so what it writes is published to every
 * reader that calls Do first (the lazy-initialization idiom, cmd/go's `vendorOnce.Do`).
 */
function inOnceDo(node: GoNode, boundary: GoNode): boolean {
  for (let n = node.parent; n !== undefined && n !== boundary; n = n.parent) {
    const call = n.type === 'func_literal' ? n.parent?.parent : undefined;
    if (
      call?.type === 'call_expression' &&
      n.parent?.type === 'argument_list' &&
      callee(call)?.name === 'Do' &&
      callArguments(call).length === 1 &&
      parameterNames(n).length === 0
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The comment lines right above top-level declaration `d` (its doc comment), as one line of
 * prose: `//` markers and line breaks become single spaces.
 */
function docComment(file: ParsedFile, d: GoNode): string {
  const lines: string[] = [];
  const top = file.topLevelNodes;
  let above = file.position(d.start).line;
  for (let i = top.indexOf(d) - 1; i >= 0; i--) {
    const c = top[i];
    if (c?.type !== 'comment' || file.position(c.end).line < above - 1) {
      break;
    }
    lines.unshift(c.text);
    above = file.position(c.start).line;
  }
  return lines
    .join(' ')
    .replace(/\/\/\s*/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * A method's doc comment saying its callers hold a lock: "The subStore is locked on entry",
 * "must be called with s.mu held", "the caller must hold the lock", "c.mu must be held",
 * "assumes the lock is held" (and not "must not be called with the lock held").
 */
function saysCallersHoldLock(doc: string): boolean {
  if (/\b(?:not|never|without)\b[^.]{0,40}\b(?:held|holding|locked)\b/i.test(doc)) {
    return false;
  }
  return (
    /\blocked on entry\b/i.test(doc) ||
    /\b(?:must|should|is|are) (?:only )?(?:be )?called with\b[^.]{0,40}\b(?:held|locked)\b/i.test(
      doc,
    ) ||
    /\bcallers? (?:must |should )?(?:hold|holds|has locked|have locked|has acquired)\b/i.test(
      doc,
    ) ||
    /\b(?:lock|mutex|mu|mtx)\b[^.]{0,20}\bmust (?:already )?be (?:held|locked|acquired)\b/i.test(
      doc,
    ) ||
    /\b(?:assumes?|expects?|requires?)\b[^.]{0,40}\b(?:lock|mutex|mu|mtx)\b[^.]{0,20}\b(?:is |be |are )?(?:held|locked|acquired)\b/i.test(
      doc,
    )
  );
}

/**
 * A doc comment's contract against concurrent calls: "is not safe for concurrent use", "must
 * not be called concurrently with…" (Go has no thread-safety annotations; its docs say it).
 */
function saysNotConcurrent(doc: string): boolean {
  return /\b(?:not|never)\s+(?:be\s+)?(?:safe|called|used|invoked)\b[^.]{0,40}\bconcurren/i.test(
    doc,
  );
}

/**
 * A method's doc comment saying it runs once the other calls are over: "Called after all
 * functions have been compiled", "must be called only when all workers are done". Only "all"
 * counts: "called once generation is complete for a function" is per item, and such calls
 * may still overlap.
 */
function saysRunsAfterAll(doc: string): boolean {
  return /\bcalled\s+(?:only\s+)?(?:after|once|when)\s+all\b/i.test(doc);
}

/** The callee assigns the parameter, or a field of it: what its call gave no longer holds. */
function changed(b: Binding): boolean {
  return b.uses.some(
    (u) =>
      isAssignTarget(u) ||
      (u.parent?.type === 'selector_expression' && isAssignTarget(u.parent)) ||
      (u.parent?.type === 'unary_expression' && u.parent.hasToken('&')),
  );
}

/**
 * The variable `literal` is bound to when it is `name := func(…) {…}` and every use of `name`
 * calls it directly (a local helper): such a literal runs at its calls, not where it is made.
 */
function localClosure(literal: GoNode, scopes: Scopes): Binding | undefined {
  const list = literal.parent;
  const decl = list?.parent;
  if (decl?.type !== 'short_var_declaration' || list?.namedChildren.length !== 1) {
    return undefined;
  }
  const name = decl.child('left')?.namedChildren[0];
  const b = name?.type === 'identifier' ? scopes.resolve(name) : undefined;
  if (b?.value !== literal) {
    return undefined;
  }
  const called = b.uses.every((u) => {
    const call = u.parent;
    return call?.type === 'call_expression' && unparen(call.child('function')) === u;
  });
  return called && b.uses.length > 0 ? b : undefined;
}

/** The names of the package's functions and methods (with bodies). */
function declaredFunctionNames(files: readonly ParsedFile[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const file of files) {
    for (const d of file.topLevelNodes) {
      const name = nameOf(file, d);
      if (name !== undefined) {
        out.add(name);
      }
    }
  }
  return out;
}

/** The names of the functions the package's init functions call. */
function callsFromInit(files: readonly ParsedFile[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const file of files) {
    for (const d of file.topLevelNodes) {
      if (d.type === 'function_declaration' && nameOf(file, d) === 'init') {
        for (const m of file.text(d).matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
          if (m[1] !== undefined) {
            out.add(m[1]);
          }
        }
      }
    }
  }
  return out;
}

/** The named type of a local the function returns (`return p`), if it does. */
function returnedType(b: Binding, typer: Typer): string | undefined {
  // `return d`, `return d, nil`, `return &d, nil` (dovecot-xaps-daemon's NewDatabase).
  const returned = b.uses.some((u) => {
    const e = u.parent?.type === 'unary_expression' && u.parent.hasToken('&') ? u.parent : u;
    return e.parent?.parent?.type === 'return_statement' || e.parent?.type === 'return_statement';
  });
  return returned ? namedTypeOf(typer.bindingType(b)) : undefined;
}

/** `subs` of `subs, ok := m[k]`: the map element the comma-ok form reads. */
function firstOfPair(b: Binding): GoNode | undefined {
  const d = b.decl;
  if (d.type !== 'short_var_declaration') {
    return undefined;
  }
  const left = d.child('left')?.namedChildren ?? [];
  const right = d.child('right')?.namedChildren ?? [];
  const value = right.length === 1 ? unparen(right[0]) : undefined;
  return left[0] === b.ident && value?.type === 'index_expression' ? value : undefined;
}

/** Map-valued expressions an argument hands over: itself, or a composite literal's elements. */
function mapsIn(arg: GoNode): GoNode[] {
  const a = unparen(arg);
  if (a?.type === 'composite_literal') {
    const body = a.child('body');
    return (body?.namedChildren ?? []).flatMap((el) => {
      const v = el.type === 'keyed_element' ? el.namedChildren[1] : el;
      const inner = v?.type === 'literal_element' ? v.namedChildren[0] : v;
      return inner === undefined ? [] : mapsIn(inner);
    });
  }
  return a === undefined ? [] : [a];
}

function isLockType(t: GoType): boolean {
  const u = t.kind === 'pointer' ? t.elem : t;
  return u.kind === 'qualified' && u.pkg === 'sync' && (u.name === 'Mutex' || u.name === 'RWMutex');
}

function namedTypeOf(t: GoType): string | undefined {
  let u = t;
  if (u.kind !== 'named' && u.kind !== 'qualified') {
    const under = underlying(u);
    u = under.kind === 'pointer' ? under.elem : under;
  }
  if (u.kind === 'named') {
    return u.name;
  }
  return u.kind === 'qualified' ? `${u.pkg}.${u.name}` : undefined;
}

/**
 * Whether a statement list runs whenever `body` does: it is the body's, or a bare block's
 * (`{ … }` as a statement) in such a list.
 */
function alwaysRuns(list: GoNode, body: GoNode): boolean {
  for (let block = list.parent; block !== undefined;) {
    if (block === body) {
      return true;
    }
    const outer = block.parent;
    if (block.type !== 'block' || outer?.type !== 'statement_list') {
      return false;
    }
    block = outer.parent;
  }
  return false;
}

/**
 * The channel a receive inside an expression statement or assignment takes from, where it
 * always runs (`assert.Equal(t, <-errCh, context.Canceled)`): not behind `&&`/`||`, nor in a
 * function literal.
 */
function receivedInside(stmt: GoNode): GoNode | undefined {
  if (
    stmt.type !== 'expression_statement' &&
    stmt.type !== 'short_var_declaration' &&
    stmt.type !== 'assignment_statement'
  ) {
    return undefined;
  }
  let found: GoNode | undefined;
  stmt.walk((n) => {
    if (found !== undefined || n.type === 'func_literal') {
      return false;
    }
    if (n.type === 'binary_expression' && (n.hasToken('&&') || n.hasToken('||'))) {
      return false;
    }
    if (n.type === 'unary_expression' && n.hasToken('<-')) {
      found = n.child('operand');
      return false;
    }
    return true;
  });
  return found;
}

/**
 * Whether two call paths from one walk's start can never both run in one activation: where
 * they part, in one function, neither call comes after the other (exclusive branches, or the
 * first returns). Same paths, or one a prefix of the other, are not exclusive.
 */
function exclusivePaths(a: readonly GoNode[], b: readonly GoNode[]): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i++;
  }
  const x = a[i];
  const y = b[i];
  if (x === undefined || y === undefined) {
    return false;
  }
  const fn = enclosingFunction(x);
  if (fn === undefined || fn !== enclosingFunction(y)) {
    return false;
  }
  const body = fn.child('body') ?? fn;
  const after = (p: GoNode, q: GoNode): boolean => {
    const stmt = statementOf(p);
    return stmt.contains(q) || mayRunAfter(stmt, q, body);
  };
  return !after(x, y) && !after(y, x);
}

/** The statement of its block that holds `node`. */
function statementOf(node: GoNode): GoNode {
  let cur = node;
  for (let p = cur.parent; p !== undefined; cur = p, p = p.parent) {
    if (p.type === 'statement_list' || p.type === 'block' || isFunction(p)) {
      return cur;
    }
  }
  return cur;
}

/** The innermost for statement around `node` in its function. */
function loopAround(node: GoNode): GoNode | undefined {
  for (let p = node.parent; p !== undefined; p = p.parent) {
    if (p.type === 'for_statement') {
      return p;
    }
    if (
      p.type === 'func_literal' ||
      p.type === 'function_declaration' ||
      p.type === 'method_declaration'
    ) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether the go statement (or the call that leads to one) runs at most once per object
 * however often its function is called: inside `once.Do(func() {…})`, or after a guard that lets only the first call on
 * (`if !atomic.CompareAndSwapInt32(&f.status, 0, 1) { return }`, `if s.running.Swap(true)
 * { return }`, or `if s.started { return }` followed by `s.started = true`).
 */
function startsOnce(stmt: GoNode, fn: GoNode): boolean {
  for (let n = stmt.parent; n !== undefined && n !== fn; n = n.parent) {
    const call = n.type === 'func_literal' ? n.parent?.parent : undefined;
    if (call?.type === 'call_expression' && callee(call)?.name === 'Do') {
      return true;
    }
  }
  const before = statementsBefore(stmt, fn);
  return before.some((guard, i) => {
    const cond = guard.type === 'if_statement' ? unparen(guard.child('condition')) : undefined;
    const last = lastStatement(guard.child('consequence'));
    if (cond === undefined || last?.type !== 'return_statement') {
      return false;
    }
    const negated = cond.type === 'unary_expression' && cond.hasToken('!');
    const inner = negated ? unparen(cond.child('operand')) : cond;
    const name = inner?.type === 'call_expression' ? callee(inner)?.name : undefined;
    if (name !== undefined) {
      return negated ? name.startsWith('CompareAndSwap') : name === 'Swap';
    }
    // A flag the guard checks and a later statement sets.
    const flag = !negated && inner?.type === 'selector_expression' ? inner.text : undefined;
    return (
      flag !== undefined &&
      before.slice(0, i).some((set) => {
        const left = set.type === 'assignment_statement' ? set.child('left') : undefined;
        const right = set.child('right');
        return left?.text === flag && right?.text === 'true';
      })
    );
  });
}

/**
 * A call that waits for a group: `Wait`, and the closers that signal then wait
 * (`closer.SignalAndWait()`, badger's z.Closer; `StopAndWait`).
 */
function waitName(name: string | undefined): boolean {
  return name !== undefined && /^(?:\w+And)?Wait$/.test(name);
}

/**
 * A top-level statement of main or a test after which what it started is taken to be done:
 * `wg.Wait()`, a receive (`<-done`), a select with no default case, or a loop that receives
 * and starts nothing (it ends when what it waits for has come).
 */
function joins(stmt: GoNode | undefined, isChannel?: (e: GoNode) => boolean): boolean {
  if (stmt === undefined) {
    return false;
  }
  // `for c := range ch`: it ends once ch is closed, and what closes it has finished with it
  // (loki's test ranges each Populate's channel to its close before starting the next).
  const over = stmt.namedChildren.find((c) => c.type === 'range_clause')?.child('right');
  if (stmt.type === 'for_statement' && over !== undefined && isChannel?.(over) === true) {
    return !startsGoroutines(stmt);
  }
  const e = stmt.type === 'expression_statement' ? unparen(stmt.namedChildren[0]) : undefined;
  if (e !== undefined) {
    // `require.NoError(t, wg.Wait())`: the argument waits before the call runs.
    const waitsInArgument =
      e.type === 'call_expression' &&
      callArguments(e).some((a) => waitName(callee(unparen(a))?.name));
    return (
      waitName(callee(e)?.name) ||
      waitsInArgument ||
      (e.type === 'unary_expression' && e.hasToken('<-'))
    );
  }
  // `err := g.Wait()`, `if err := g.Wait(); err != nil {…}`
  const waitIn = (n: GoNode | undefined): boolean =>
    n !== undefined &&
    (n.type === 'short_var_declaration' || n.type === 'assignment_statement') &&
    (n.child('right')?.namedChildren ?? []).some((r) => waitName(callee(unparen(r))?.name));
  if (waitIn(stmt) || (stmt.type === 'if_statement' && waitIn(stmt.child('initializer')))) {
    return true;
  }
  if (stmt.type === 'return_statement') {
    // `return group.Wait()`
    const values = stmt.namedChildren.flatMap((c) =>
      c.type === 'expression_list' ? c.namedChildren : [c],
    );
    return values.some((r) => waitName(callee(unparen(r))?.name));
  }
  if (stmt.type === 'select_statement') {
    // A select with a default case does not wait.
    if (stmt.namedChildren.some((c) => c.type === 'default_case')) {
      return false;
    }
  } else if (stmt.type !== 'for_statement') {
    return false;
  }
  const receives = { found: false };
  stmt.walk((n) => {
    receives.found ||= n.type === 'unary_expression' && n.hasToken('<-');
    return !receives.found && n.type !== 'func_literal';
  });
  return receives.found && !startsGoroutines(stmt);
}

/**
 * Whether `f` is a function literal that runs where it is called on the goroutine walking it
 * (`t.Run("thrash", func(t *testing.T) {…})`): not deferred, not started, not a cleanup.
 */
function runsInline(f: GoNode | undefined): boolean {
  if (f?.type !== 'func_literal') {
    return false;
  }
  const call = f.parent?.type === 'argument_list' ? f.parent.parent : f.parent;
  return (
    call?.type === 'call_expression' &&
    call.parent?.type === 'expression_statement' &&
    callee(call)?.name !== 'Cleanup'
  );
}

/**
 * Whether the go statement `stmt` of function `fn`, outside any loop, is waited for before
 * `fn` returns: its body's last statement joins (`wg.Wait()`, `return g.Wait()`).
 */
function joinedBeforeReturn(stmt: GoNode, fn: GoNode): boolean {
  if (enclosingFunction(stmt) !== fn || loopAround(stmt) !== undefined) {
    return false;
  }
  return joins(lastStatement(fn.child('body')));
}

/** A loop whose body ends by waiting for what the iteration started. */
function endsWithJoin(loop: GoNode): boolean {
  const last = lastStatement(loop.child('body'));
  return joins(last) || (last?.type === 'for_statement' && endsWithJoin(last)) || runsJoined(last);
}

/**
 * `t.Run(name, func(t *testing.T) { …; <-done })`: a call handed a literal that ends by
 * waiting, and that the call runs before it returns (a subtest, a callback).
 */
function runsJoined(stmt: GoNode | undefined): boolean {
  const call = stmt?.type === 'expression_statement' ? unparen(stmt.namedChildren[0]) : undefined;
  // (`g.Go(func…)` starts the literal as a goroutine instead.)
  if (call?.type !== 'call_expression' || callee(call)?.name === 'Go') {
    return false;
  }
  return callArguments(call).some((a) => {
    const lit = unparen(a);
    return joins(lit?.type === 'func_literal' ? lastStatement(lit.child('body')) : undefined);
  });
}

/** The last statement (comments aside) of a block. */
function lastStatement(block: GoNode | undefined): GoNode | undefined {
  const list = block?.namedChildren.find((c) => c.type === 'statement_list');
  return list?.namedChildren.filter((c) => c.type !== 'comment').at(-1);
}

/** A return follows the statement holding `node` in its own block. */
function returnsAfter(node: GoNode): boolean {
  let stmt = node;
  while (stmt.parent !== undefined && stmt.parent.type !== 'statement_list') {
    stmt = stmt.parent;
  }
  const list = stmt.parent?.namedChildren ?? [];
  return list.slice(list.indexOf(stmt) + 1).some((s) => s.type === 'return_statement');
}

function nextSibling(n: GoNode): GoNode | undefined {
  const siblings = (n.parent?.namedChildren ?? []).filter((c) => c.type !== 'comment');
  return siblings[siblings.indexOf(n) + 1];
}

function previousSibling(n: GoNode): GoNode | undefined {
  const siblings = (n.parent?.namedChildren ?? []).filter((c) => c.type !== 'comment');
  return siblings[siblings.indexOf(n) - 1];
}

/** Whether a go statement (or `g.Go(func…)`) is in `node`. */
function startsGoroutines(node: GoNode): boolean {
  let found = false;
  node.walk((n) => {
    if (
      n.type === 'go_statement' ||
      (n.type === 'selector_expression' && n.child('field')?.text === 'Go')
    ) {
      found = true;
    }
    return !found;
  });
  return found;
}

function inLoop(node: GoNode): boolean {
  return loopAround(node) !== undefined;
}

function sameFile(a: GoNode, b: GoNode): boolean {
  return a.fileText === b.fileText;
}

function where(file: ParsedFile, node: GoNode): string {
  return place(file, node.start);
}

function functionName(node: GoNode, decl: Decl): string {
  const fn = enclosingFunction(node);
  return fn === undefined || fn === decl.node ? decl.name : `a function literal in ${decl.name}`;
}

function nameOf(file: ParsedFile, d: GoNode): string | undefined {
  if (d.type !== 'function_declaration' && d.type !== 'method_declaration') {
    return undefined;
  }
  const n = d.child('name');
  return n === undefined ? undefined : file.text(n);
}

/** Whether a body takes a lock anywhere (not in literals it makes). */
function takesLock(body: GoNode): boolean {
  let found = false;
  body.walk((n) => {
    if (n.type === 'func_literal') {
      return false;
    }
    const c = n.type === 'call_expression' ? callee(n) : undefined;
    found ||= c?.qualifier !== undefined && (c.name === 'Lock' || c.name === 'RLock');
    return !found;
  });
  return found;
}

/**
 * A literal that is a value in a composite literal (`Request{OnCommit: func(…) {…}}`) or is
 * assigned to a field (`s.onDone = func() {…}`): kept for later, run by whoever holds it.
 */
function storedInStruct(literal: GoNode): boolean {
  const p = literal.parent;
  if (p?.type === 'literal_element') {
    return true;
  }
  if (p?.type !== 'expression_list' || p.field !== 'right') {
    return false;
  }
  const i = p.namedChildren.indexOf(literal);
  const left = p.parent?.child('left')?.namedChildren[i];
  return p.parent?.type === 'assignment_statement' && unparen(left)?.type === 'selector_expression';
}

/** Where each constructor's first go statement starts (Infinity: none). */
const firstGo = new WeakMap<GoNode, number>();

/**
 * Whether `use` of `b` comes before the first go statement of `fn`, and every use of `b`
 * before it selects a field or method of it (nothing hands the value elsewhere first).
 */
function unpublishedAt(use: GoNode, b: Binding, fn: GoNode): boolean {
  let first = firstGo.get(fn);
  if (first === undefined) {
    let at = Infinity;
    fn.walk((n) => {
      if (n.type === 'go_statement') {
        at = Math.min(at, n.start);
      }
      return n.start < at;
    });
    first = at;
    firstGo.set(fn, first);
  }
  return (
    use.start < first &&
    b.uses.every(
      (u) =>
        u.start >= first ||
        (u.parent?.type === 'selector_expression' && u.parent.child('operand') === u),
    )
  );
}
