import type { RuleId } from './rule.ts';

/** What a rule is, for people: text output, `--format=sarif` rule descriptors, the docs. */
export interface RuleInfo {
  readonly id: RuleId;
  /** Kebab-case name (`nil-map-write`). */
  readonly name: string;
  /** One line: what is wrong. */
  readonly title: string;
  /** A paragraph: what is flagged and what is not. */
  readonly description: string;
  /** What the Go runtime does when the hazard happens. */
  readonly runtime: string;
  /** How to fix it. */
  readonly fix: string;
  readonly level: 'error' | 'warning';
  /** SARIF precision: how often a finding is a real problem. */
  readonly precision: 'very-high' | 'high' | 'medium';
  readonly tags: readonly string[];
  /**
   * Whether the rule runs unless a configuration turns it off (default true); rules that
   * cannot keep their false positives under 10% on real code are off by default.
   */
  readonly enabledByDefault?: boolean;
}

/** Every rule mapscope vet knows, in id order. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'MH000',
    name: 'bad-suppression',
    title: 'A //mapscope:ignore comment that cannot be applied',
    description:
      'A suppression comment must name one or more rule ids and give a reason: ' +
      '//mapscope:ignore MH003 map is created by init(). A comment without a reason or with an ' +
      'unknown rule id suppresses nothing and is reported.',
    runtime: 'None: this is about the comment, not the program.',
    fix: 'Write //mapscope:ignore MHxxx followed by why the finding does not apply.',
    level: 'warning',
    precision: 'very-high',
    tags: ['maintainability'],
  },
  {
    id: 'MH001',
    name: 'concurrent-map-write',
    title: 'A map written by a goroutine while other code may access it',
    description:
      'Flags a write (m[k] = v, m[k] op= v, m[k]++, delete, clear) inside a go func literal to ' +
      'a map declared outside it (a variable or a field path such as s.m) when, with no ' +
      'X.Lock()/X.RLock() held on either side, other instances of the goroutine (its go ' +
      'statement is in a loop), another goroutine started beside it, or the function that ' +
      'started it (after the go statement and before a Wait(), a channel receive or a select) ' +
      'write or read the same map; also a write by that function while the goroutine reads. ' +
      'Writes and reads made by functions of the package count where they are called (go ' +
      'worker(m), go s.loop(), a goroutine calling record(m, k)), three calls deep, unless ' +
      'the function holds a lock around them. Not flagged: sync.Map, maps only read, maps ' +
      'made inside the goroutine or per loop iteration, accesses after wg.Wait() or <-done, ' +
      'accesses after a lock taken on a condition (if !locked { mu.Lock() }), and maps of a ' +
      'type syntax cannot see. Across functions, a package pass follows each goroutine from ' +
      'where it starts (main, tests, go statements, the exported API; methods of a type with ' +
      "a lock as concurrent callers) through the package's calls and getters, and reports a " +
      'write or read of a map (a field, a package variable, a shared variable) that another ' +
      'goroutine writes when no lock held by both excludes them, naming both sides and the ' +
      'lock one of them lacks.',
    runtime:
      'When the accesses overlap, "fatal error: concurrent map writes" (or "concurrent map read ' +
      'and map write"): the runtime throws, recover cannot catch it and the program exits.',
    fix:
      'Guard both accesses with one sync.Mutex, use sync.Map, or give each goroutine its own ' +
      'map and merge them after wg.Wait().',
    level: 'error',
    precision: 'high',
    tags: ['correctness', 'maps', 'concurrency', 'fatal'],
  },
  {
    id: 'MH002',
    name: 'map-range-during-write',
    title: 'A range over a map that another goroutine may be writing',
    description:
      'Flags for ... range m in a goroutine while another goroutine, another instance of the ' +
      'same goroutine, or the function that started it (after the go statement, before ' +
      'waiting) writes m, and a range in that function after the go statement while the ' +
      'goroutine writes m; neither side under a lock. Deleting or assigning entries inside ' +
      'its own range loop is legal and not flagged.',
    runtime:
      'When the loop and the write overlap, "fatal error: concurrent map iteration and map ' +
      'write": the runtime throws, recover cannot catch it and the program exits.',
    fix:
      'Hold one sync.Mutex around both the loop and the write, range over a copy made under ' +
      'that lock (maps.Clone), or finish the writes (wg.Wait()) before ranging.',
    level: 'error',
    precision: 'high',
    tags: ['correctness', 'maps', 'concurrency', 'fatal'],
  },
  {
    id: 'MH003',
    name: 'nil-map-write',
    title: 'Write to a map that is nil on every path',
    description:
      'Flags m[k] = v, m[k] op= v and m[k]++ when m is certainly nil there: a local declared ' +
      'with var and no value, set to nil, a named result not yet assigned, a parameter inside ' +
      'an m == nil branch, or a map field of a local struct left at its zero value. Reading, ' +
      'len, range and delete on a nil map are legal and never flagged; package-level maps are ' +
      'not tracked because another file or init() may create them.',
    runtime: 'panic: assignment to entry in nil map (a recoverable run-time panic).',
    fix: 'Create the map before writing: m = make(map[K]V), or a map literal.',
    level: 'error',
    precision: 'very-high',
    tags: ['correctness', 'maps', 'panic'],
  },
  {
    id: 'MH004',
    name: 'loopvar-address-in-map',
    title: 'Address of a loop variable stored in a map (before Go 1.22)',
    description:
      'Flags &v of a variable declared by a for or range clause with := when the address is ' +
      'stored in a map (as a value, inside a literal or append, as a key, in a map literal, ' +
      'in a sync.Map, or through a local pointer), or appended to a slice declared outside ' +
      'the loop, and the file is compiled with a Go version ' +
      'before 1.22, where the loop has one variable for all iterations. Not flagged at go1.22 ' +
      'and later, after v := v, through a pointer, or when the loop ends right after the store.',
    runtime:
      'No crash: every entry points to the same variable, so all of them show the last ' +
      "iteration's value.",
    fix: 'Copy the variable in the loop body (v := v) or move the module to go 1.22 or later.',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'maps', 'loopvar'],
  },
  {
    id: 'MH005',
    name: 'loopvar-captured-by-goroutine',
    title: 'Loop variable captured by a goroutine or deferred func literal (before Go 1.22)',
    description:
      'Flags a reference to a variable declared by a for or range clause with := from a func ' +
      'literal that runs after its iteration: started with go, deferred, passed to ' +
      "errgroup's g.Go, or a testing.T's t.Run subtest after its t.Parallel call, in a file compiled with " +
      'a Go version before 1.22, where the loop has one variable for all iterations. Like ' +
      "vet's loopclosure, go, defer and g.Go count only as the last statement of the loop " +
      'body (through if, switch, select and nested loops); a capture used as a map key or ' +
      'written into a map counts anywhere in the body unless the iteration then waits ' +
      '(Wait, a receive, select) or leaves the loop. Not flagged at go1.22 and later, when ' +
      'the variable is passed as an argument, or after v := v.',
    runtime:
      'No crash: the func literal reads the variable when it runs, usually after the loop ' +
      "has moved on, so it sees a later iteration's value (often the last), and a goroutine " +
      'races with the loop updating it (the race detector reports it).',
    fix:
      'Pass the variable to the func literal as an argument (go func(v T) {…}(v)), copy it ' +
      'in the loop body (v := v), or move the module to go 1.22 or later.',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'concurrency', 'loopvar', 'maps'],
  },
  {
    id: 'MH006',
    name: 'nil-chan-from-map-miss',
    title: 'Channel from a map lookup used without checking the key exists',
    description:
      'Flags a channel read from a map with m[k] (inline or through ch := m[k]) that is then ' +
      'sent to, received from, ranged over or closed with no comma-ok lookup and no nil check ' +
      'before it. A missing key yields a nil channel. Not flagged inside a select that has ' +
      'other cases (a nil channel only disables its case), after the same m[k] was assigned or ' +
      'checked, for a map literal read with one of its constant keys, for a key ranging over ' +
      'the map or its keys, under a membership test (if s.Has(k)), or for a map filled in a ' +
      'loop before the lookup. Off by default: on real code every finding so far relied on ' +
      'an invariant kept elsewhere (a parallel map checked for the same key, an entry made ' +
      'earlier under another spelling of the key), which syntax cannot see.',
    runtime:
      'Send or receive on a nil channel blocks forever: a leaked goroutine, or "fatal error: ' +
      'all goroutines are asleep - deadlock!". close of a nil channel panics: "close of nil channel".',
    fix: 'Look the channel up with ch, ok := m[k] and handle a missing key before using it.',
    level: 'error',
    precision: 'medium',
    tags: ['correctness', 'maps', 'channels', 'goroutine-leak'],
    enabledByDefault: false,
  },
  {
    id: 'MH007',
    name: 'map-miss-nil-deref',
    title: 'Pointer, func or interface from a map lookup used without checking the key exists',
    description:
      'Flags an element of a map of pointers, funcs or interfaces read with m[k] (inline or ' +
      'through v := m[k]) and then used where a nil element panics: a field read or written ' +
      '(m[k].f), *m[k], a call of a func element (m[k]()), a call of a method with a value ' +
      'receiver through a pointer element, a method call on an interface element, an index ' +
      'of a pointer to an array; with no comma-ok lookup and no nil check before it. A ' +
      'missing key yields a nil element. Not flagged: methods with pointer receivers (they ' +
      'get the nil pointer and may handle it), other element types (their zero values are ' +
      'usable), the same m[k] assigned, checked or dereferenced earlier, a map literal read ' +
      'with one of its keys, a key ranging over the map or over its keys (sortedKeys(m), ' +
      's.MemberNames()), a lookup under a membership test (if s.Has(k)), a map filled in a ' +
      'loop before the lookup (the key set is unknown; the lookup asserts membership), and ' +
      'test files. Off by default: on real code most such lookups rely on an invariant kept ' +
      'elsewhere (every object has an entry, the caller checked), which syntax cannot see.',
    runtime:
      'panic: runtime error: invalid memory address or nil pointer dereference, then ' +
      '[signal SIGSEGV: segmentation violation ...] (a recoverable run-time panic).',
    fix: 'Look the element up with v, ok := m[k] and handle a missing key (or check v != nil).',
    level: 'warning',
    precision: 'medium',
    tags: ['correctness', 'maps', 'nil', 'panic'],
    enabledByDefault: false,
  },
  {
    id: 'MH008',
    name: 'defer-evaluates-map-early',
    title: "A deferred call's arguments read a map that is written later",
    description:
      'Flags a deferred call whose arguments read a local map (m[k], len(m)) when the same ' +
      'map is written later in the function (m[k] = v, m[k]++, delete, clear, or a new map ' +
      'assigned to m): the arguments are evaluated at the defer statement, not at return. ' +
      'For m[k], only a later write of the same key expression counts; for a map passed ' +
      'whole (defer f(m)), only assigning m a new map does, since in-place writes are seen. ' +
      'Not flagged: reads inside a deferred closure (defer func() { f(m[k]) }()), maps not ' +
      'written after the defer, writes only reached after a return, and writes inside other ' +
      'func literals.',
    runtime:
      'No crash: the deferred call runs at return with the values computed at the defer ' +
      "statement, so it reports or uses the map's earlier state (a stale count, an old " +
      'value, or the old map).',
    fix: 'Defer a closure that reads the map when it runs: defer func() { f(m[k]) }().',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'maps', 'defer'],
  },
  {
    id: 'MH009',
    name: 'returns-guarded-map',
    // Off by default: it flags the getter with no caller shown to race on the result; the race
    // pass (races.ts) reports the caller's read itself when one runs beside a write.
    enabledByDefault: false,
    title: 'An exported method returns, under its lock, the map that lock guards',
    description:
      'Flags return s.m (also return s.m, nil, return s.inner.m, and m := s.m … return m) in ' +
      'an exported method (of an exported type or not: interfaces reach both) that holds a ' +
      'sync.Mutex or sync.RWMutex field of its receiver at the read (s.mu.Lock() or RLock() ' +
      'with defer s.mu.Unlock(), Lock … Unlock around m := s.m, or an embedded mutex: ' +
      's.Lock()), when a method of the type writes that map in place (s.m[k] = v, s.m[k]++, ' +
      'delete(s.m, k), clear(s.m)) under the same lock. Not flagged: maps.Clone(s.m) or a ' +
      'copy loop, maps built locally, types without a mutex field, unexported methods, ' +
      'methods that do not hold the lock, len(s.m) and s.m[k], maps never written in place ' +
      'under that lock (read-only after construction), and maps only replaced whole ' +
      '(s.m = newMap, copy-on-write).',
    runtime:
      'The caller holds the map itself with no lock: ranging over or reading it while another ' +
      'goroutine calls a method that writes it under the lock ends in "fatal error: ' +
      'concurrent map iteration and map write" or "concurrent map read and map write" (and ' +
      'a caller writing it, "concurrent map writes"); the runtime throws, recover cannot ' +
      'catch it and the program exits.',
    fix:
      'Return a copy made under the lock: maps.Clone(s.m) (Go 1.21+) or a copy loop; or offer ' +
      'an accessor that takes a callback and runs it under the lock.',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'maps', 'concurrency', 'locks', 'fatal'],
  },
  {
    id: 'MH010',
    name: 'lock-copied-by-value',
    title: 'A value holding a lock is copied',
    description:
      'Flags copies of a value whose type holds a lock: sync.Mutex, RWMutex, WaitGroup, ' +
      'Once, Cond, Map or Pool, an atomic.Int64-style type (Go 1.19+), an empty struct with ' +
      'pointer Lock and Unlock methods (the noCopy marker), or a struct or array of the ' +
      "package with one inside (not through a pointer). Like go vet's copylocks: value " +
      'receivers and parameters, a = b, a := *p and var a = b, range variables, call ' +
      'arguments, returned variables and composite-literal elements; also a parameter typed ' +
      'with a type parameter whose constraint has a lock-holding term, and, from go1.22, a ' +
      "three-clause loop's := variables (each iteration copies them). Not flagged: composite " +
      'literals, calls and *f() as the source (a fresh value), new, len, cap and ' +
      'unsafe.Sizeof arguments, pointers, assignments to _, types of other packages (except ' +
      'the sync and sync/atomic ones), and types that merely have a Lock method.',
    runtime:
      'No error at the copy: the copy has its own lock state, so locking or waiting on it ' +
      'does not synchronize with code using the original (data races), a copy taken while ' +
      'locked stays locked (a later Lock deadlocks), a copied WaitGroup is never waited ' +
      'for, a copied Once runs again, and a sync.Map copy shares maps but not its mutex ' +
      '("fatal error: concurrent map writes").',
    fix: 'Pass and keep such values by pointer (pointer receivers, *T parameters, &x).',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'concurrency', 'locks'],
  },
  {
    id: 'MH011',
    name: 'waitgroup-add-in-goroutine',
    title: 'WaitGroup.Add called inside the goroutine it counts',
    description:
      'Flags wg.Add(n) as the first statement of a go func(){...}() body, where wg is a ' +
      'sync.WaitGroup or a pointer to one (a variable, field or parameter; sync under any ' +
      "import name), as vet's waitgroup check and staticcheck SA2000 do. Not flagged: Add " +
      'before the go statement, a goroutine that itself starts goroutines (its Add is for ' +
      'them), a negative Add, wg.Go, and types that merely have an Add method.',
    runtime:
      "No error: the go statement only schedules the goroutine, so the parent's Wait can run " +
      'first, see a zero counter and return while the goroutine is still running (results ' +
      'read too early, data races, work cut off when main returns).',
    fix: 'Call wg.Add(1) before the go statement (or start the goroutine with wg.Go, Go 1.25+).',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'concurrency', 'waitgroup'],
  },
  {
    id: 'MH012',
    name: 'waitgroup-misuse',
    title: 'WaitGroup used in a way that makes Wait hang',
    description:
      'Flags three sync.WaitGroup mistakes whose outcome is certain: wg.Wait() called ' +
      'unconditionally in the loop that starts one goroutine per iteration after wg.Add(n) ' +
      'was done for all n iterations before the loop; Done or Wait on a WaitGroup reached ' +
      'from a value parameter or value receiver (the function works on a copy; not flagged ' +
      'when it also calls Add on that copy); and a wg.Done() that is not deferred in a ' +
      'goroutine with a return before it on which no Done has run. Not flagged: defer ' +
      'wg.Done(), a Wait in a loop that also Adds (it serializes the goroutines, often on ' +
      'purpose), conditional Waits, and pointers to WaitGroups.',
    runtime:
      'Wait blocks forever: "fatal error: all goroutines are asleep - deadlock!" when no ' +
      'other goroutine can run, otherwise a hung caller and leaked goroutines.',
    fix:
      'Move Wait after the loop; pass *sync.WaitGroup or use a pointer receiver; write defer ' +
      "wg.Done() as the goroutine's first statement.",
    level: 'error',
    precision: 'high',
    tags: ['correctness', 'concurrency', 'waitgroup', 'deadlock'],
  },
  {
    id: 'MH013',
    name: 'goroutine-leak-unbuffered',
    title: 'A goroutine or ticker that can be left blocked or running forever',
    description:
      'Flags a go func literal that sends on a channel its function made and keeps to itself ' +
      '(not passed, stored or returned), unbuffered or with a constant buffer smaller than ' +
      'the values left unreceived (goroutines started in a loop count once per iteration only ' +
      'for a constant trip count), when that function has a path from the go statement to a ' +
      'return that never receives from it: an early return, the ctx.Done(), time.After or ' +
      'default case of a select, a timed-out iteration that makes a new channel, or a ' +
      'receiving loop left by return or break while goroutines started one per iteration (or ' +
      'one sending in a loop into a range) still have values to send. Also a goroutine ranging ' +
      'over such a channel that is never closed, and time.Tick in a function that returns or ' +
      'in a loop, before Go 1.23 (not in tests, main or init of package main, or functions ' +
      'that never return). Not flagged: sends in a select with another case or a default, a ' +
      'buffer large enough for every send, channels closed (defer close(ch)) or received from ' +
      'by another goroutine, and paths that all receive. In a test, a path that fails it ' +
      '(t.Fatal, t.Error, require.Fail) is not one a passing run takes, and a send of an ' +
      'error made only on some paths (if err != nil { errs <- err }) reports a failure: ' +
      'neither leaks in a passing test.',
    runtime:
      'No crash: the goroutine blocks forever in chan send or chan receive, and it and ' +
      'everything it references are never freed ("fatal error: all goroutines are asleep - ' +
      'deadlock!" only if every goroutine is blocked). Before Go 1.23 a time.Tick ticker is ' +
      'never stopped nor garbage collected.',
    fix:
      'Give the channel a buffer for every send (make(chan T, 1)) or let the sender select on ' +
      'ctx.Done(); close a channel that workers range over (defer close(ch)); use ' +
      'time.NewTicker with defer t.Stop() instead of time.Tick.',
    level: 'warning',
    precision: 'high',
    tags: ['correctness', 'concurrency', 'channels', 'goroutine-leak'],
  },
];

/** A rule's description by id. */
export function ruleInfo(id: RuleId): RuleInfo {
  const info = RULES.find((r) => r.id === id);
  if (info === undefined) {
    throw new Error(`unknown rule ${id}`);
  }
  return info;
}
