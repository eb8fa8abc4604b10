/**
 * The race pass's ordering and sharing facts, each beside the variant it must still report:
 * a fact that hid the second would be wrong, not precise.
 */
import { MemoryFS } from '@mapscope/go-syntax';
import type { GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vet } from '../src/index.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/** The race findings (`line rule`) of a one-file package (or a test file: `lib_test.go`). */
async function races(source: string, file = 'lib.go', go = '1.21'): Promise<string[]> {
  const fs = new MemoryFS({ '/m/go.mod': `module m\n\ngo ${go}\n`, [`/m/${file}`]: source });
  const result = await vet({ fs, parser, cwd: '/m', patterns: ['./...'] });
  return result.diagnostics
    .filter((d) => d.rule === 'MH001' || d.rule === 'MH002')
    .map((d) => `${String(d.start.line)} ${d.rule}`);
}

const lines = (...l: string[]): string => [...l, ''].join('\n');

describe('an unexported type with a lock', () => {
  const tracker = (made: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type tracker struct {',
      '\tmu   sync.Mutex',
      '\tseen map[string]int',
      '}',
      '',
      'func (t *tracker) Record(n string) { t.mu.Lock(); t.seen[n]++; t.mu.Unlock() }',
      '',
      'func (t *tracker) Count(n string) int { return t.seen[n] }',
      '',
      'type Recorder interface{ Record(string) }',
      '',
      made,
    );

  it('used only inside the package is not called from outside', async () => {
    const source = tracker(
      lines(
        'func Track(names []string) int {',
        '\tt := tracker{seen: map[string]int{}}',
        '\tfor _, n := range names {',
        '\t\tt.Record(n)',
        '\t}',
        '\treturn t.Count("x")',
        '}',
      ),
    );
    expect(await races(source)).toEqual([]);
  });

  it('handed out as an interface is called by many goroutines', async () => {
    const source = tracker(
      'func NewRecorder() Recorder { return &tracker{seen: map[string]int{}} }',
    );
    expect(await races(source)).toEqual(['12 MH001']);
  });

  it('passed to another package is called by many goroutines', async () => {
    const source = tracker(
      lines(
        'func Install(register func(Recorder)) {',
        '\tt := &tracker{seen: map[string]int{}}',
        '\tregister(t)',
        '}',
      ),
    );
    expect(await races(source)).toEqual(['12 MH001']);
  });
});

describe('a started flag', () => {
  const server = (guard: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Server struct {',
      '\tmu       sync.Mutex',
      '\tserving  bool',
      '\thandlers map[string]func(string)',
      '}',
      '',
      'func NewServer() *Server { return &Server{handlers: map[string]func(string){}} }',
      '',
      'func (s *Server) Handle(name string, h func(string)) {',
      '\ts.mu.Lock()',
      '\tdefer s.mu.Unlock()',
      guard,
      '\ts.handlers[name] = h',
      '}',
      '',
      'func (s *Server) Serve(reqs <-chan string) {',
      '\ts.mu.Lock()',
      '\ts.serving = true',
      '\ts.mu.Unlock()',
      '\tfor r := range reqs {',
      '\t\tgo s.dispatch(r)',
      '\t}',
      '}',
      '',
      'func (s *Server) dispatch(r string) {',
      '\tif h := s.handlers[r]; h != nil {',
      '\t\th(r)',
      '\t}',
      '}',
    );

  it('that a registration checks keeps it before serving', async () => {
    const guarded = server('\tif s.serving {\n\t\tpanic("Handle after Serve")\n\t}');
    expect(await races(guarded)).toEqual([]);
  });

  it('that a registration does not check leaves it beside the goroutines', async () => {
    expect(await races(server('\t// no check'))).toEqual(['30 MH001']);
  });
});

describe('options a call leaves out', () => {
  const program = (opts: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'var cache = map[string]string{}',
      '',
      'type dropOptions struct {',
      '\tquiet bool',
      '\tpurge bool',
      '}',
      '',
      'func drop(name string, opts *dropOptions) {',
      '\tif opts.purge {',
      '\t\tdelete(cache, name)',
      '\t}',
      '}',
      '',
      'func main() {',
      '\tvar wg sync.WaitGroup',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tdefer wg.Done()',
      `\t\tdrop("a", ${opts})`,
      '\t}()',
      '\tprintln(cache["a"])',
      '\twg.Wait()',
      '}',
    );

  it('are false in the callee: its branch never runs', async () => {
    expect(await races(program('&dropOptions{quiet: true}'))).toEqual([]);
    expect(await races(program('&dropOptions{quiet: true, purge: false}'))).toEqual([]);
  });

  it('hold only while the callee does not change them', async () => {
    const reset = program('&dropOptions{quiet: true}').replace(
      '\tif opts.purge {',
      '\topts.purge = len(name) > 0\n\tif opts.purge {',
    );
    expect(await races(reset)).toEqual(['15 MH001']);
  });

  it('set, or not known, leave the branch in', async () => {
    expect(await races(program('&dropOptions{purge: true}'))).toEqual(['14 MH001']);
    expect(await races(program('&dropOptions{true, true}'))).toEqual(['14 MH001']);
  });
});

describe('a call that waits at its end', () => {
  const daemon = (end: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Daemon struct {',
      '\tmu    sync.Mutex',
      '\thosts map[string]bool',
      '\tnames []string',
      '}',
      '',
      'func (d *Daemon) StoreHosts(hosts []string) {',
      '\tfor _, h := range hosts {',
      '\t\td.hosts[h] = true',
      '\t}',
      '}',
      '',
      'func (d *Daemon) Restart() { d.restart() }',
      '',
      'func (d *Daemon) restart() {',
      '\tvar group sync.WaitGroup',
      '\tfor _, n := range d.names {',
      '\t\tgroup.Add(1)',
      '\t\tgo func(n string) {',
      '\t\t\tdefer group.Done()',
      '\t\t\td.mu.Lock()',
      '\t\t\t_ = d.hosts[n]',
      '\t\t\td.mu.Unlock()',
      '\t\t}(n)',
      '\t}',
      end,
      '}',
    );

  it('has no goroutine left beside the next call of the API', async () => {
    expect(await races(daemon('\tgroup.Wait()'))).toEqual([]);
  });

  it('that does not wait leaves them running', async () => {
    expect(await races(daemon('\t// no wait'))).toEqual(['13 MH001']);
  });
});

describe("one build's files", () => {
  const program = async (linux: string, plan9: string): Promise<string[]> => {
    const watch = (body: string): string => lines('package main', '', `func watch() {${body}}`);
    const fs = new MemoryFS({
      '/m/go.mod': 'module m\n\ngo 1.21\n',
      '/m/main.go': lines(
        'package main',
        '',
        'var seen = map[string]bool{}',
        '',
        'func main() {',
        '\twatch()',
        '\tseen["x"] = true',
        '}',
      ),
      '/m/watch_linux.go': watch(linux),
      '/m/watch_plan9.go': watch(plan9),
    });
    const result = await vet({ fs, parser, cwd: '/m', patterns: ['./...'] });
    return result.diagnostics
      .filter((d) => /^MH00[12]$/.test(d.rule))
      .map((d) => `${d.file}:${String(d.start.line)} ${d.rule}`);
  };
  const spawns = '\n\tgo func() {\n\t\t_ = seen["y"]\n\t}()\n';

  it("are linux/amd64's: its variant of a function is the one called", async () => {
    expect(await program(spawns, '')).toEqual(['/m/main.go:7 MH001']);
  });

  it('leave out the goroutines of another system', async () => {
    expect(await program('', spawns)).toEqual([]);
  });
});

describe('a documented contract against concurrent calls', () => {
  const set = (doc: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Set struct {',
      '\tmu sync.Mutex',
      '\tm  map[string]bool',
      '}',
      '',
      'func (s *Set) Add(k string) { s.mu.Lock(); s.m[k] = true; s.mu.Unlock() }',
      '',
      doc,
      'func (s *Set) String() string {',
      '\tout := ""',
      '\tfor k := range s.m {',
      '\t\tout += k',
      '\t}',
      '\treturn out',
      '}',
    );

  it('keeps the method out of the concurrent callers', async () => {
    const doc = '// String is for debugging and must not be called concurrently with Add.';
    expect(await races(set(doc))).toEqual([]);
  });

  it('is not assumed without the words', async () => {
    expect(await races(set('// String lists the keys.'))).toEqual(['15 MH002']);
  });

  it('keeps out a method documented to run after all the other calls', async () => {
    const doc = '// String is called after all keys have been added.';
    expect(await races(set(doc))).toEqual([]);
  });

  it('does not read a per-item "once" as after all calls', async () => {
    const doc = '// String is called once a key is complete, for that key.';
    expect(await races(set(doc))).toEqual(['15 MH002']);
  });
});

describe('a local helper literal', () => {
  const stripes = (use: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Stripes struct {',
      '\tgcMu  sync.Mutex',
      '\tlocks []sync.Mutex',
      '\tmaps  []map[int]int',
      '}',
      '',
      'func (s *Stripes) Put(k int) {',
      '\ti := k % 4',
      '\ts.locks[i].Lock()',
      '\ts.maps[i][k] = 1',
      '\ts.locks[i].Unlock()',
      '}',
      '',
      'func (s *Stripes) Drop(k int) {',
      '\ts.gcMu.Lock()',
      '\tdefer s.gcMu.Unlock()',
      '\tdrop := func(i, k int) { delete(s.maps[i], k) }',
      '\tfor i := 0; i < 4; i++ {',
      '\t\ts.locks[i].Lock()',
      `\t\t${use}`,
      '\t\ts.locks[i].Unlock()',
      '\t}',
      '}',
      '',
      'func later(f func(int, int)) { f(0, 0) }',
    );

  it('runs under the locks its calls hold (striped locks)', async () => {
    expect(await races(stripes('drop(i, k)'))).toEqual([]);
  });

  it('handed elsewhere runs where it is made', async () => {
    expect(await races(stripes('later(drop)'))).toEqual(['14 MH001']);
  });
});

describe("a goroutine's own element of a shared slice", () => {
  const shards = (arg: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'func main() {',
      '\tshards := make([]map[int]int, 4)',
      '\tvar wg sync.WaitGroup',
      '\tfor i := 0; i < 4; i++ {',
      '\t\twg.Add(1)',
      '\t\tgo func(idx int) {',
      '\t\t\tdefer wg.Done()',
      '\t\t\tshards[idx] = map[int]int{}',
      '\t\t\tlocal := shards[idx]',
      '\t\t\tlocal[idx] = idx',
      `\t\t}(${arg})`,
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it("indexed by the loop's variable is each instance's own", async () => {
    expect(await races(shards('i'))).toEqual([]);
  });

  it('indexed by anything else may be shared', async () => {
    expect(await races(shards('i % 2'))).toEqual(['14 MH001']);
  });
});

describe('a receive that waits for the spawner', () => {
  // The goroutine writes after `<-quit`; the spawner reads, then closes quit as `signal` says.
  const worker = (signal: string, read = '\t_ = m["a"]'): string =>
    lines(
      'package main',
      '',
      'func main() {',
      '\tm := map[string]int{}',
      '\tquit := make(chan struct{})',
      '\tdone := make(chan struct{})',
      '\tgo func() {',
      '\t\t<-quit',
      '\t\tm["b"] = 2',
      '\t\tclose(done)',
      '\t}()',
      read,
      signal,
      '\t<-done',
      '}',
    );

  it('orders what the spawner did before it closes the channel', async () => {
    expect(await races(worker('\tclose(quit)'))).toEqual([]);
  });

  it('does not order what follows the close', async () => {
    expect(await races(worker('\tclose(quit)\n\t_ = m["c"]', ''))).toEqual(['9 MH001']);
  });

  it('does not order a read in a loop that also sends', async () => {
    const source = worker(
      '\tfor i := 0; i < 2; i++ {\n\t\t_ = m["a"]\n\t\tquit <- struct{}{}\n\t}',
      '',
    );
    expect(await races(source)).toEqual(['9 MH001']);
  });

  it('does not order when another goroutine may close it first', async () => {
    const source = worker('\tgo func() { close(quit) }()\n\tclose(done)');
    expect(await races(source)).toEqual(['9 MH001']);
  });

  // A test starts a server whose loop cleans up after `<-s.stop`, under the lock the test
  // does not take; the test stops it at its end.
  const server = (stop: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '\t"testing"',
      ')',
      '',
      'type server struct {',
      '\tmu    sync.Mutex',
      '\tstop  chan struct{}',
      '\tconns map[string]int',
      '}',
      '',
      'func (s *server) run() {',
      '\t<-s.stop',
      '\ts.mu.Lock()',
      '\tdelete(s.conns, "a")',
      '\ts.mu.Unlock()',
      '}',
      '',
      'func (s *server) Stop() { close(s.stop) }',
      '',
      'func (s *server) has(k string) bool { return s.conns[k] == 1 }',
      '',
      'func TestServer(t *testing.T) {',
      '\ts := &server{stop: make(chan struct{}), conns: map[string]int{"a": 1}}',
      '\tgo s.run()',
      stop,
      '\tif !s.has("a") {',
      '\t\tt.Fatal("lost")',
      '\t}',
      '}',
    );

  it('orders the test before a deferred stop', async () => {
    expect(await races(server('\tdefer s.Stop()'), 'lib_test.go')).toEqual([]);
  });

  it('orders the test before a cleanup that stops', async () => {
    expect(await races(server('\tt.Cleanup(func() { s.Stop() })'), 'lib_test.go')).toEqual([]);
  });

  it('does not order the test after a stop', async () => {
    expect(await races(server('\ts.Stop()'), 'lib_test.go')).toEqual(['23 MH001']);
  });

  // The same without the lock: the per-declaration pairing sees both sides from the test.
  const unlocked = (stop: string): string =>
    server(stop).replace('\ts.mu.Lock()\n', '').replace('\ts.mu.Unlock()\n', '');

  it('orders the test before a deferred stop, with no lock either side', async () => {
    expect(await races(unlocked('\tdefer s.Stop()'), 'lib_test.go')).toEqual([]);
  });

  it('does not order the test after a stop, with no lock either side', async () => {
    expect(await races(unlocked('\ts.Stop()'), 'lib_test.go')).toEqual(['25 MH001']);
  });

  it('does not order after a stop in a helper that returned', async () => {
    const source = server('\tfunc() { defer s.Stop() }()');
    expect(await races(source, 'lib_test.go')).toEqual(['23 MH001']);
  });
});

describe('a method every caller calls holding the lock', () => {
  // cache's methods are reached from outside through Store; update expects s.c.mu held.
  const store = (call: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type cache struct {',
      '\tmu      sync.Mutex',
      '\tentries map[string]int',
      '}',
      '',
      'func (c *cache) Add(k string) { c.mu.Lock(); c.entries[k] = 1; c.mu.Unlock() }',
      '',
      'func (c *cache) Update(k string) { c.entries[k]++ }',
      '',
      'type Store struct{ C *cache }',
      '',
      'func (s *Store) Put(k string) {',
      call,
      '}',
    );

  it('is taken to run under it', async () => {
    expect(await races(store('\ts.C.mu.Lock()\n\ts.C.Update(k)\n\ts.C.mu.Unlock()'))).toEqual([]);
  });

  it('is not when one call does not hold it', async () => {
    const source = store('\ts.C.mu.Lock()\n\ts.C.Update(k)\n\ts.C.mu.Unlock()\n\ts.C.Update(k)');
    expect(await races(source)).toEqual(['12 MH001']);
  });
});

describe('an object a constructor returns', () => {
  const poller = (use: string, file = 'lib.go'): Promise<string[]> =>
    races(
      lines(
        file === 'lib.go' ? 'package main' : 'package lib',
        '',
        file === 'lib.go' ? 'import "sync"' : 'import (\n\t"sync"\n\t"testing"\n)',
        '',
        'type poller struct {',
        '\tmu    sync.Mutex',
        '\tstats map[string]int',
        '}',
        '',
        'func newPoller() *poller {',
        '\tp := &poller{stats: map[string]int{}}',
        '\tgo p.loop()',
        '\treturn p',
        '}',
        '',
        'func (p *poller) loop() {',
        '\tfor {',
        '\t\tp.mu.Lock()',
        '\t\tp.stats["tick"]++',
        '\t\tp.mu.Unlock()',
        '\t}',
        '}',
        '',
        'func (p *poller) dump() {',
        '\tfor range p.stats {',
        '\t}',
        '}',
        '',
        use,
      ),
      file,
    );

  it('is the one its goroutine writes', async () => {
    expect(await poller('func main() {\n\tp := newPoller()\n\tp.dump()\n}')).toEqual(['25 MH002']);
  });

  it('is followed from a test that only calls the constructor', async () => {
    const test = 'func TestPoller(t *testing.T) {\n\tp := newPoller()\n\tp.dump()\n}';
    expect(await poller(test, 'lib_test.go')).toEqual(['28 MH002']);
  });

  it('read on a failing test path only is not reported', async () => {
    const test = (fail: string): string =>
      `func TestPoller(t *testing.T) {\n\tp := &poller{stats: map[string]int{}}\n\tgo p.loop()\n\tif len(p.stats) > 9 {\n${fail}\t\tp.dump()\n\t}\n}`;
    expect(await poller(test('\t\tt.Errorf("too many")\n'), 'lib_test.go')).toEqual([]);
    expect(await poller(test(''), 'lib_test.go')).toEqual(['28 MH002']);
  });
});

describe('the variables of a literal inside a call', () => {
  const strategy = (body: string, made = 'wrap(func(plan Plan) {'): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Plan map[string]int',
      '',
      'func (p Plan) Add(k string) { p[k]++ }',
      '',
      'type Strategy struct{ fn func(Plan) }',
      '',
      'func wrap(fn func(Plan)) Strategy { return Strategy{fn: fn} }',
      '',
      'var sink map[string]bool',
      '',
      'func newStrategy(c *Client) Strategy {',
      `\treturn ${made}`,
      '\t\tplan.Add("x")',
      '\t\tseen := map[string]bool{}',
      '\t\tseen["y"] = true',
      '\t\tsink = seen',
      body,
      made.startsWith('wrap') ? '\t})' : '\t}}',
      '}',
      '',
      'type Client struct {',
      '\tmu    sync.RWMutex',
      '\tcache map[string]int',
      '}',
      '',
      'func (c *Client) Pick() Strategy {',
      '\tc.mu.RLock()',
      '\tdefer c.mu.RUnlock()',
      '\treturn newStrategy(c)',
      '}',
    );

  it("are each call's own, parameters included", async () => {
    expect(await races(strategy(''))).toEqual([]);
  });

  it('do not hide what the literal writes through its captures', async () => {
    expect(await races(strategy('\t\tc.cache["z"] = 1'))).toEqual(['21 MH001']);
  });

  it('stored in a struct, run when its holder decides', async () => {
    const stored = 'Strategy{fn: func(plan Plan) {';
    expect(await races(strategy('\t\tc.cache["z"] = 1', stored))).toEqual([]);
  });
});

describe('a goroutine its starter guards', () => {
  const fetcher = (guard: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '\t"sync/atomic"',
      ')',
      '',
      'type worker struct {',
      '\tmu      sync.Mutex',
      '\tstatus  int32',
      '\tstarted bool',
      '\tonce    sync.Once',
      '\tbyShard map[int]int',
      '}',
      '',
      'func (w *worker) start() {',
      guard,
      '}',
      '',
      'func (w *worker) loop() {',
      '\tfor i := 0; i < 10; i++ {',
      '\t\tw.byShard[i]++',
      '\t}',
      '}',
      '',
      'type Pool struct {',
      '\tworkers map[int]*worker',
      '\tfirst   *worker',
      '}',
      '',
      'func (p *Pool) Start() {',
      '\tfor range p.workers {',
      '\t\tp.first.start()',
      '\t}',
      '}',
    );

  it('runs once per object', async () => {
    const cas =
      '\tif !atomic.CompareAndSwapInt32(&w.status, 0, 1) {\n\t\treturn\n\t}\n\tgo w.loop()';
    const flag =
      '\tw.mu.Lock()\n\tif w.started {\n\t\tw.mu.Unlock()\n\t\treturn\n\t}\n\tw.started = true\n\tw.mu.Unlock()\n\tgo w.loop()';
    const once = '\tw.once.Do(func() { go w.loop() })';
    const onceAbove =
      '\tw.once.Do(func() { w.run() })\n}\n\nfunc (w *worker) run() {\n\tgo w.loop()';
    expect(await races(fetcher(onceAbove))).toEqual([]);
    expect(await races(fetcher(cas))).toEqual([]);
    expect(await races(fetcher(flag))).toEqual([]);
    expect(await races(fetcher(once))).toEqual([]);
  });

  it('unguarded, runs once per call', async () => {
    expect(await races(fetcher('\tgo w.loop()'))).toEqual(['22 MH001']);
  });
});

describe('a closer that signals and waits', () => {
  const closer = (wait: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'type Closer struct{}',
      '',
      'func (c *Closer) Done()          {}',
      'func (c *Closer) Signal()        {}',
      'func (c *Closer) SignalAndWait() {}',
      '',
      'func main() {',
      '\tvar mu sync.Mutex',
      '\tvals := map[int]int{}',
      '\tc := &Closer{}',
      '\tfor i := 0; i < 4; i++ {',
      '\t\tgo func(i int) {',
      '\t\t\tdefer c.Done()',
      '\t\t\tmu.Lock()',
      '\t\t\tvals[i]++',
      '\t\t\tmu.Unlock()',
      '\t\t}(i)',
      '\t}',
      wait,
      '\tprintln(vals[0])',
      '}',
    );

  it('orders what follows after the goroutines', async () => {
    expect(await races(closer('\tc.SignalAndWait()'))).toEqual([]);
  });

  it('does not when it only signals', async () => {
    expect(await races(closer('\tc.Signal()'))).toEqual(['24 MH001']);
  });
});

describe('a method that sets up what the lock does not guard', () => {
  const cluster = (setter: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Cluster struct {',
      '\tmu      sync.Mutex',
      '\tlocalID int',
      '\tdirty   bool',
      '\tmembers map[int]string',
      '}',
      '',
      'func (c *Cluster) ID() int { return c.localID }',
      '',
      'func (c *Cluster) Add(id int, name string) {',
      '\tc.mu.Lock()',
      '\tdefer c.mu.Unlock()',
      '\tc.members[id] = name',
      '\tc.dirty = true',
      '}',
      '',
      setter,
    );

  it('runs before the concurrent callers', async () => {
    const setID =
      'func (c *Cluster) SetID(id int) {\n\tc.localID = id\n\tfor range c.members {\n\t}\n}';
    expect(await races(cluster(setID))).toEqual([]);
  });

  it('is concurrent when the field it sets is guarded elsewhere', async () => {
    const touch = 'func (c *Cluster) Touch() {\n\tc.dirty = false\n\tfor range c.members {\n\t}\n}';
    expect(await races(cluster(touch))).toEqual(['23 MH002']);
  });
});

describe('a Close written without a lock', () => {
  const pool = (close: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Pool struct {',
      '\tmu    sync.Mutex',
      '\tconns map[string]int',
      '}',
      '',
      'func (p *Pool) Add(k string) {',
      '\tp.mu.Lock()',
      '\tdefer p.mu.Unlock()',
      '\tp.conns[k]++',
      '}',
      '',
      close,
    );

  it('runs after the other calls', async () => {
    const close = 'func (p *Pool) Close() {\n\tfor k := range p.conns {\n\t\t_ = k\n\t}\n}';
    expect(await races(pool(close))).toEqual([]);
  });

  it('is concurrent under another name', async () => {
    const drain = 'func (p *Pool) Drain() {\n\tfor k := range p.conns {\n\t\t_ = k\n\t}\n}';
    expect(await races(pool(drain))).toEqual(['17 MH002']);
  });
});

describe('a local closure each goroutine calls', () => {
  const test = (decl: string, inner: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '\t"testing"',
      ')',
      '',
      'func forEach(f func(int), reset func()) {',
      '\treset()',
      '\tfor i := 0; i < 3; i++ {',
      '\t\tf(i)',
      '\t}',
      '}',
      '',
      'func TestAsync(t *testing.T) {',
      decl,
      '\tcheck := func() {',
      inner,
      '\t\tforEach(func(i int) {',
      '\t\t\tseen[i] = true',
      '\t\t}, func() {',
      '\t\t\tseen = map[int]bool{}',
      '\t\t})',
      '\t}',
      '\tvar wg sync.WaitGroup',
      '\tfor i := 0; i < 4; i++ {',
      '\t\twg.Add(1)',
      '\t\tgo func() {',
      '\t\t\tdefer wg.Done()',
      '\t\t\tcheck()',
      '\t\t}()',
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it("has each call's own variables", async () => {
    const own = test('\t// each check has its own seen', '\t\tvar seen = map[int]bool{}');
    expect(await races(own, 'lib_test.go')).toEqual([]);
  });

  it('shares what it captures', async () => {
    const shared = test('\tvar seen = map[int]bool{}', "\t\t// seen is the test's");
    expect(await races(shared, 'lib_test.go')).toEqual(['20 MH001']);
  });
});

describe('a Stop that waits for the loop Start left running', () => {
  const notifier = (stop: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'var regMu sync.Mutex',
      '',
      'type Notifier struct {',
      '\twg      sync.WaitGroup',
      '\tquit    chan struct{}',
      '\treg     chan int',
      '\tclients map[int]bool',
      '}',
      '',
      'func (n *Notifier) Start() {',
      '\tn.wg.Add(1)',
      '\tgo n.loop()',
      '}',
      '',
      'func (n *Notifier) Register(c int) {',
      '\tregMu.Lock()',
      '\tn.clients[c] = false',
      '\tregMu.Unlock()',
      '}',
      '',
      'func (n *Notifier) loop() {',
      '\tdefer n.wg.Done()',
      '\tfor {',
      '\t\tselect {',
      '\t\tcase <-n.quit:',
      '\t\t\treturn',
      '\t\tcase c := <-n.reg:',
      '\t\t\tn.clients[c] = true',
      '\t\t}',
      '\t}',
      '}',
      '',
      'func (n *Notifier) Stop() {',
      '\tclose(n.quit)',
      stop,
      '\tfor c := range n.clients {',
      '\t\tdelete(n.clients, c)',
      '\t}',
      '}',
    );

  it('ranges its maps after the loop is done', async () => {
    // Register still races with the loop.
    expect(await races(notifier('\tn.wg.Wait()'))).toEqual(['32 MH001']);
  });

  it('races with the loop when it does not wait', async () => {
    expect(await races(notifier('\t// no wait'))).toEqual(['32 MH001', '40 MH002', '41 MH001']);
  });
});

describe('what a constructor makes, before its first go statement', () => {
  const connect = (body: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Conn struct {',
      '\tmu   sync.Mutex',
      '\turls map[string]bool',
      '}',
      '',
      'func Connect() *Conn {',
      '\tc := &Conn{urls: map[string]bool{}}',
      body,
      '\treturn c',
      '}',
      '',
      'func (c *Conn) Reconnect() { go c.readLoop() }',
      '',
      'func (c *Conn) add(u string) { c.urls[u] = true }',
      '',
      'func (c *Conn) dispatch() {}',
      '',
      'func (c *Conn) readLoop() {',
      '\tc.mu.Lock()',
      '\tc.urls["x"] = false',
      '\tc.mu.Unlock()',
      '}',
    );

  it('is its own: no goroutine has it yet', async () => {
    expect(await races(connect('\tc.add("a")\n\tgo c.dispatch()'))).toEqual([]);
  });

  it('is shared once the goroutine runs', async () => {
    expect(await races(connect('\tgo c.dispatch()\n\tc.add("a")'))).toEqual(['19 MH001']);
  });
});

describe('a goroutine that takes a token and gives it back', () => {
  const manager = (gives: string): string =>
    lines(
      'package lib',
      '',
      'type Manager struct {',
      '\tstopped chan struct{}',
      '\tevents  chan int',
      '\tseen    map[int]bool',
      '}',
      '',
      'func (m *Manager) Handle(ev int) {',
      '\tfor {',
      '\t\tselect {',
      '\t\tcase m.events <- ev:',
      '\t\t\treturn',
      '\t\tcase <-m.stopped:',
      '\t\t\tgo m.run()',
      '\t\t}',
      '\t}',
      '}',
      '',
      'func (m *Manager) run() {',
      gives,
      '\tfor {',
      '\t\tselect {',
      '\t\tcase ev := <-m.events:',
      '\t\t\tm.seen[ev] = true',
      '\t\tdefault:',
      '\t\t\treturn',
      '\t\t}',
      '\t}',
      '}',
    );

  it('runs one at a time', async () => {
    const gives = '\tdefer func() { m.stopped <- struct{}{} }()';
    expect(await races(manager(gives))).toEqual([]);
    // Started by two calls of the API that run at once, still one at a time.
    const twice = manager(`${gives}\n\tm.mu.Lock()\n\t_ = m.seen[-1]\n\tm.mu.Unlock()`)
      .replace('type Manager struct {', 'type Manager struct {\n\tmu      sync.Mutex')
      .replace('package lib\n', 'package lib\n\nimport "sync"\n');
    expect(await races(twice)).toEqual([]);
  });

  it('runs beside itself when nothing gives the token back', async () => {
    expect(await races(manager('\t// no token'))).toEqual(['15 MH001']);
  });
});

describe('what a Clone method returns', () => {
  const report = (take: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'type Report struct{ latency map[string]int }',
      '',
      'func (r *Report) Clone() *Report {',
      '\tc := *r',
      '\tc.latency = map[string]int{}',
      '\tfor k, v := range r.latency {',
      '\t\tc.latency[k] = v',
      '\t}',
      '\treturn &c',
      '}',
      '',
      'func (r *Report) Snapshot() *Report { return r }',
      '',
      'func main() {',
      '\tvar mu sync.Mutex',
      '\tr := &Report{latency: map[string]int{}}',
      '\tgo func() {',
      '\t\tmu.Lock()',
      '\t\tr.latency["a"] = 1',
      '\t\tmu.Unlock()',
      '\t}()',
      '\tmu.Lock()',
      `\tcopied := r.${take}()`,
      '\tmu.Unlock()',
      '\tfor k := range copied.latency {',
      '\t\tprintln(k)',
      '\t}',
      '}',
    );

  it('is a copy', async () => {
    expect(await races(report('Clone'))).toEqual([]);
  });

  it('is not when the method returns the receiver', async () => {
    expect(await races(report('Snapshot'))).toEqual(['29 MH002']);
  });
});

describe('one go statement reached by two calls', () => {
  // Run calls serve on two paths; serve starts the loop that writes c.conns.
  const conn = (second: string): string =>
    lines(
      'package lib',
      '',
      'type Conn struct {',
      '\tauth  bool',
      '\tconns map[string]int',
      '\tin    chan string',
      '}',
      '',
      'func (c *Conn) Run() {',
      '\tif !c.auth {',
      '\t\tc.serve()',
      second,
      '\t}',
      '\tc.serve()',
      '}',
      '',
      'func (c *Conn) serve() {',
      '\tgo func() {',
      '\t\tc.conns = map[string]int{}',
      '\t\tfor k := range c.in {',
      '\t\t\tif _, ok := c.conns[k]; !ok {',
      '\t\t\t\tc.conns[k] = 1',
      '\t\t\t}',
      '\t\t}',
      '\t}()',
      '}',
    );

  it('starts one goroutine when the paths never both run', async () => {
    expect(await races(conn('\t\treturn'))).toEqual([]);
  });

  it('starts two when one call follows the other', async () => {
    expect(await races(conn('\t\t// and on'))).toEqual(['22 MH001']);
  });
});

describe('a goroutine started per element', () => {
  const controller = (each: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type store struct{ keys map[string]int }',
      '',
      'func (s *store) run() {',
      '\tgo func() {',
      '\t\tif _, ok := s.keys["x"]; ok {',
      '\t\t\tdelete(s.keys, "x")',
      '\t\t}',
      '\t}()',
      '}',
      '',
      'type Controller struct {',
      '\tmu     sync.Mutex',
      '\tstores map[string]*store',
      '\tfirst  *store',
      '}',
      '',
      'func (c *Controller) Run() {',
      '\tc.mu.Lock()',
      '\tdefer c.mu.Unlock()',
      '\tfor _, s := range c.stores {',
      each,
      '\t}',
      '}',
    );

  it("runs on the range value's own element", async () => {
    expect(await races(controller('\t\ts.run()'))).toEqual([]);
  });

  it('runs on a shared one when each starts on the same', async () => {
    expect(await races(controller('\t\t_ = s\n\t\tc.first.run()'))).toEqual(['10 MH001']);
  });
});

describe('two go statements of one loop', () => {
  const lists = (between: string): string =>
    lines(
      'package lib',
      '',
      'type queueList struct{ byName map[string]int }',
      '',
      'func (l *queueList) shutdown() {',
      '\tfor k := range l.byName {',
      '\t\tdelete(l.byName, k)',
      '\t}',
      '}',
      '',
      'func Update(lists map[string]*queueList, gone func(string) bool) {',
      '\tfor id, ql := range lists {',
      '\t\tif gone(id) {',
      '\t\t\tgo ql.shutdown()',
      between,
      '\t\t}',
      '\t\tgo ql.shutdown()',
      '\t}',
      '}',
    );

  it("share a pass's own map only when one pass starts both", async () => {
    expect(await races(lists('\t\t\tcontinue'))).toEqual([]);
  });

  it('race on it when one pass may start both', async () => {
    expect(await races(lists('\t\t\t// and on'))).toEqual([
      '14 MH001',
      '14 MH002',
      '17 MH001',
      '17 MH002',
    ]);
  });
});

describe('a receive inside a call, in a bare block', () => {
  const test = (check: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '\t"testing"',
      ')',
      '',
      'type keyMutex struct {',
      '\tmu    sync.Mutex',
      '\tlocks map[string]int',
      '}',
      '',
      'func (km *keyMutex) Lock(key string) error {',
      '\tkm.mu.Lock()',
      '\tkm.locks[key]++',
      '\tkm.mu.Unlock()',
      '\treturn nil',
      '}',
      '',
      'func equal(t *testing.T, a, b any) {}',
      '',
      'func TestLock(t *testing.T) {',
      '\tkm := &keyMutex{locks: map[string]int{}}',
      '\t{',
      '\t\terrCh := make(chan error, 1)',
      '\t\tgo func() {',
      '\t\t\terrCh <- km.Lock("c1")',
      '\t\t}()',
      check,
      '\t\tequal(t, km.locks["c1"], 1)',
      '\t}',
      '}',
    );

  it('orders what follows after the send it takes', async () => {
    expect(await races(test('\t\tequal(t, <-errCh, nil)'), 'lib_test.go')).toEqual([]);
  });

  it('is needed: without it the read races', async () => {
    expect(await races(test('\t\t// no receive'), 'lib_test.go')).toEqual(['30 MH001']);
  });
});

describe('a method named …Locked', () => {
  const server = (name: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type FileServer struct {',
      '\tmu       sync.RWMutex',
      '\thandlers map[string]int',
      '}',
      '',
      '// Adds a share to serve.',
      `func (s *FileServer) ${name}(share string) { s.handlers[share] = 1 }`,
      '',
      'func (s *FileServer) Remove(share string) {',
      '\ts.mu.Lock()',
      '\tdefer s.mu.Unlock()',
      '\tdelete(s.handlers, share)',
      '}',
      '',
      'func (s *FileServer) Serve(share string) int {',
      '\ts.mu.RLock()',
      '\tdefer s.mu.RUnlock()',
      '\treturn s.handlers[share]',
      '}',
    );

  it("is called holding the type's lock", async () => {
    expect(await races(server('AddShareLocked'))).toEqual([]);
  });

  it('is not when named otherwise', async () => {
    expect(await races(server('AddShare'))).toEqual(['11 MH001']);
    // A question about the lock is not a method its callers call holding it.
    expect(await races(server('IsLocked'))).toEqual(['11 MH001']);
  });
});

describe("a variable around a repeating spawner's code", () => {
  // Checked with `go run -race` (Go 1.19): the shared monitor's map races ("DATA RACE").
  const workers = (made: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'type monitor struct{ seen map[int]int }',
      '',
      'func (m *monitor) run(n int) { m.seen[n]++ }',
      '',
      'func handle(m *monitor, n int) { go m.run(n) }',
      '',
      'func main() {',
      '\tvar wg sync.WaitGroup',
      '\tm := &monitor{seen: map[int]int{}}',
      '\tfor i := 0; i < 8; i++ {',
      '\t\twg.Add(1)',
      '\t\tgo func() {',
      '\t\t\tdefer wg.Done()',
      made,
      '\t\t\thandle(m, 1)',
      '\t\t}()',
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it('is shared by every instance of what it starts', async () => {
    expect(await races(workers('\t\t\t_ = m'))).toEqual(['7 MH001']);
  });

  it("is each instance's own when the spawner makes it", async () => {
    expect(await races(workers('\t\t\tm := &monitor{seen: map[int]int{}}'))).toEqual([]);
  });
});

describe("one object's queue", () => {
  // Each session's loop writes seen only after a receive from its own queue, and closes the
  // queue itself as it stops; the test records into a session before feeding it.
  const sessions = (second: string): string =>
    lines(
      'package lib',
      '',
      'import "testing"',
      '',
      'type session struct {',
      '\tqueue chan int',
      '\tstop  chan struct{}',
      '\tseen  map[int]int',
      '}',
      '',
      'func newSession() *session {',
      '\ts := &session{queue: make(chan int), stop: make(chan struct{}), seen: map[int]int{}}',
      '\tgo s.run()',
      '\treturn s',
      '}',
      '',
      'func (s *session) run() {',
      '\tfor {',
      '\t\tselect {',
      '\t\tcase n := <-s.queue:',
      '\t\t\ts.seen[n]++',
      '\t\tcase <-s.stop:',
      '\t\t\tclose(s.queue)',
      '\t\t\treturn',
      '\t\t}',
      '\t}',
      '}',
      '',
      'func (s *session) record(n int) { s.seen[n] = 0 }',
      '',
      'func (s *session) send(n int) { s.queue <- n }',
      '',
      'func TestSessions(t *testing.T) {',
      '\tfirst := newSession()',
      '\tfirst.record(1)',
      '\tfirst.send(1)',
      '\tsecond := newSession()',
      second,
    );

  it("orders what comes before the first send on that object's queue", async () => {
    expect(await races(sessions('\tsecond.record(2)\n\tsecond.send(2)\n}'), 'lib_test.go')).toEqual(
      [],
    );
  });

  it('does not order what comes after it', async () => {
    expect(await races(sessions('\tsecond.send(2)\n\tsecond.record(2)\n}'), 'lib_test.go')).toEqual(
      ['29 MH001'],
    );
  });
});

describe('a lock named for another field', () => {
  // geth's SortedMap: cacheMu covers the cache; items is written beside it in one assignment.
  const sorted = (lock: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type SortedMap struct {',
      '\titems map[uint64]string',
      '\tcache []string',
      `\t${lock} sync.Mutex`,
      '}',
      '',
      'func (m *SortedMap) Get(n uint64) string { return m.items[n] }',
      '',
      'func (m *SortedMap) Put(n uint64, s string) {',
      `\tm.${lock}.Lock()`,
      '\tm.items[n], m.cache = s, nil',
      `\tm.${lock}.Unlock()`,
      '}',
    );

  it('does not make the type concurrent for the map', async () => {
    expect(await races(sorted('cacheMu'))).toEqual([]);
  });

  it('a plain one does', async () => {
    expect(await races(sorted('mu'))).toEqual(['11 MH001']);
  });
});

describe('a map handed to a goroutine', () => {
  const applyAndMain = [
    'package main',
    '',
    'func apply(events map[string]int) {',
    '\tfor k := range events {',
    '\t\tdelete(events, k)',
    '\t}',
    '}',
    '',
    'func main() {',
    '\tin := make(chan string)',
  ];
  // geth's scheduleReorgLoop: hand the queued events to the reorg, then start a new map.
  const loop = (after: string): string =>
    lines(
      ...applyAndMain,
      '\tqueued := map[string]int{}',
      '\tfor i := 0; i < 3; i++ {',
      '\t\tgo apply(queued)',
      after,
      '\t\tqueued[<-in]++',
      '\t}',
      '}',
    );

  it('and replaced at once is the goroutine’s alone', async () => {
    expect(await races(loop('\t\tqueued = make(map[string]int)'))).toEqual([]);
  });

  it('and kept is shared with the spawner', async () => {
    expect(await races(loop('\t\t_ = i'))).toEqual(['13 MH001', '13 MH002', '15 MH001']);
  });

  // geth's `reset, dirtyAccounts = nil, nil` after `go pool.runReorg(…, dirtyAccounts, …)`.
  const dropped = (after: string): string =>
    lines(
      ...applyAndMain,
      '\tvar queued map[string]int',
      '\tfor i := 0; i < 3; i++ {',
      '\t\tif queued == nil {',
      '\t\t\tqueued = map[string]int{}',
      '\t\t}',
      '\t\tqueued[<-in]++',
      '\t\tgo apply(queued)',
      after,
      '\t}',
      '}',
    );

  it('and replaced with nil is the goroutine’s alone', async () => {
    expect(await races(dropped('\t\ti, queued = i+1, nil'))).toEqual([]);
  });

  it('and kept with nil assigned later is still shared', async () => {
    expect(await races(dropped(lines('\t\t_ = queued[""]', '\t\tqueued = nil')))).toEqual([
      '16 MH001',
      '17 MH001',
      '17 MH002',
    ]);
  });
});

describe('workers two calls start and wait for', () => {
  // geth's StateDB: each call fans out with an errgroup and ends in `return group.Wait()`.
  const state = (end: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '',
      '\t"golang.org/x/sync/errgroup"',
      ')',
      '',
      'type StateDB struct{ fetchers map[string]int }',
      '',
      'func (s *StateDB) Apply(key string) error {',
      '\tvar group errgroup.Group',
      '\tvar mu sync.Mutex',
      '\tgroup.Go(func() error {',
      '\t\tmu.Lock()',
      '\t\ts.fetchers[key]++',
      '\t\tmu.Unlock()',
      '\t\treturn nil',
      '\t})',
      end,
      '}',
      '',
      'func (s *StateDB) Root() error {',
      '\tvar group errgroup.Group',
      '\tgroup.Go(func() error {',
      '\t\t_ = s.fetchers["root"]',
      '\t\treturn nil',
      '\t})',
      '\treturn group.Wait()',
      '}',
    );

  it('do not overlap: the calls run one after the other', async () => {
    expect(await races(state('\treturn group.Wait()'))).toEqual([]);
  });

  it('overlap when one call returns without waiting', async () => {
    expect(await races(state('\treturn nil'))).toEqual(['26 MH001']);
  });
});

describe("an element the loop's key picks", () => {
  const commit = (pick: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'type object struct{ storage map[string]int }',
      '',
      'var objects = map[string]*object{"a": {storage: map[string]int{}}}',
      '',
      'func main() {',
      '\tvar wg sync.WaitGroup',
      '\tfor addr := range objects {',
      `\t\tobj := objects[${pick}]`,
      '\t\twg.Add(1)',
      '\t\tgo func() {',
      '\t\t\tdefer wg.Done()',
      '\t\t\tobj.storage["x"] = 1',
      '\t\t}()',
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it("is each goroutine's own", async () => {
    expect(await races(commit('addr'))).toEqual([]);
  });

  it('is shared when picked by anything else', async () => {
    expect(await races(commit('"a"'))).toEqual(['16 MH001']);
  });
});

describe('a call that fans out and waits', () => {
  // geth's pathdb: Database.Update and Commit take the tree's lock around lookup.addLayer and
  // removeLayer, each of which starts a goroutine on the lookup's map and waits for it.
  const pathdb = (end: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type lookup struct{ accounts map[string]int }',
      '',
      'func (l *lookup) addLayer(keys []string) {',
      '\tvar wg sync.WaitGroup',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tdefer wg.Done()',
      '\t\tfor _, k := range keys {',
      '\t\t\tl.accounts[k]++',
      '\t\t}',
      '\t}()',
      end,
      '}',
      '',
      'func (l *lookup) removeLayer(keys []string) {',
      '\tvar wg sync.WaitGroup',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tdefer wg.Done()',
      '\t\tfor _, k := range keys {',
      '\t\t\tdelete(l.accounts, k)',
      '\t\t}',
      '\t}()',
      '\twg.Wait()',
      '}',
      '',
      'type layerTree struct {',
      '\tlock   sync.RWMutex',
      '\tlookup *lookup',
      '}',
      '',
      'type Database struct {',
      '\tmu   sync.Mutex',
      '\tsize int',
      '\ttree *layerTree',
      '}',
      '',
      'func (db *Database) Size() int { db.mu.Lock(); defer db.mu.Unlock(); return db.size }',
      '',
      'func (db *Database) Tip(k string) int {',
      '\tdb.tree.lock.RLock()',
      '\tdefer db.tree.lock.RUnlock()',
      '\treturn db.tree.lookup.accounts[k]',
      '}',
      '',
      'func (db *Database) Update(keys []string) {',
      '\tdb.tree.lock.Lock()',
      '\tdefer db.tree.lock.Unlock()',
      '\tdb.tree.lookup.addLayer(keys)',
      '}',
      '',
      'func (db *Database) Commit(keys []string) {',
      '\tdb.tree.lock.Lock()',
      '\tdefer db.tree.lock.Unlock()',
      '\tdb.tree.lookup.removeLayer(keys)',
      '}',
    );

  it('runs its goroutine inside the call, under the locks around it', async () => {
    expect(await races(pathdb('\twg.Wait()'))).toEqual([]);
  });

  it('leaves it running beside the next call when it does not wait', async () => {
    // Only addLayer's: removeLayer's goroutine still runs under the tree's lock.
    expect(await races(pathdb('\t_ = wg'))).toEqual(['13 MH001']);
  });
});

describe("a write under the map's own struct's lock", () => {
  // thanos' MultiTSDB: Open loads tenants in an errgroup and returns g.Wait(); requests add
  // tenants under t.mtx; SetHashringConfig reads the tenants bare. Written for callers at once.
  const tsdb = (add: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '',
      '\t"golang.org/x/sync/errgroup"',
      ')',
      '',
      'type MultiTSDB struct {',
      '\tmtx     sync.Mutex',
      '\ttenants map[string]int',
      '}',
      '',
      'func (t *MultiTSDB) Open(ids []string) error {',
      '\tvar g errgroup.Group',
      '\tfor _, id := range ids {',
      '\t\tg.Go(func() error {',
      '\t\t\tt.mtx.Lock()',
      '\t\t\tt.tenants[id] = 1',
      '\t\t\tt.mtx.Unlock()',
      '\t\t\treturn nil',
      '\t\t})',
      '\t}',
      '\treturn g.Wait()',
      '}',
      '',
      'func (t *MultiTSDB) SetHashringConfig() int { return t.tenants["a"] }',
      '',
      `func (t *MultiTSDB) Add(id string) {${add}}`,
    );

  it('by a call of the API makes its methods concurrent', async () => {
    expect(await races(tsdb(' t.mtx.Lock(); t.tenants[id] = 2; t.mtx.Unlock() '))).toEqual([
      '27 MH001',
    ]);
  });

  it('only by the goroutines a call waits for leaves the calls one after the other', async () => {
    expect(await races(tsdb(' _ = id '))).toEqual([]);
  });
});

describe('a wait inside a subtest literal', () => {
  // kubo's fuse suite: an exported suite whose t.Run literal fans out, waits, then ranges.
  const suite = (wait: string): string =>
    lines(
      'package fusetest',
      '',
      'import (',
      '\t"sync"',
      '\t"testing"',
      ')',
      '',
      'func RunSuite(t *testing.T) {',
      '\tt.Run("thrash", func(t *testing.T) {',
      '\t\tvar wg sync.WaitGroup',
      '\t\tvar mu sync.Mutex',
      '\t\tfiles := map[string]int{}',
      '\t\tfor i := 0; i < 2; i++ {',
      '\t\t\twg.Add(1)',
      '\t\t\tgo func() {',
      '\t\t\t\tdefer wg.Done()',
      '\t\t\t\tmu.Lock()',
      '\t\t\t\tfiles["a"]++',
      '\t\t\t\tmu.Unlock()',
      '\t\t\t}()',
      '\t\t}',
      wait,
      '\t\tfor name := range files {',
      '\t\t\tt.Log(name)',
      '\t\t}',
      '\t})',
      '}',
    );

  it('joins what the literal started', async () => {
    expect(await races(suite('\t\twg.Wait()'))).toEqual([]);
  });

  it('without it the range races', async () => {
    expect(await races(suite('\t\t// no wait'))).toEqual(['23 MH002']);
  });
});

describe('a loop that locks every element', () => {
  // tempo's Work.Unmarshal locks all shards in a loop before ranging their jobs, while
  // Prune's per-shard goroutines each take their shard's lock.
  const work = (lockAll: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Shard struct {',
      '\tmtx  sync.Mutex',
      '\tJobs map[string]int',
      '}',
      '',
      'type Work struct{ Shards [4]*Shard }',
      '',
      'func (w *Work) Add(i int, id string) {',
      '\tw.Shards[i].mtx.Lock()',
      '\tdefer w.Shards[i].mtx.Unlock()',
      '\tw.Shards[i].Jobs[id] = 1',
      '}',
      '',
      'func (w *Work) Prune() {',
      '\tvar wg sync.WaitGroup',
      '\tfor i := range w.Shards {',
      '\t\twg.Add(1)',
      '\t\tgo func(i int) {',
      '\t\t\tdefer wg.Done()',
      '\t\t\tshard := w.Shards[i]',
      '\t\t\tshard.mtx.Lock()',
      '\t\t\tdefer shard.mtx.Unlock()',
      '\t\t\tdelete(shard.Jobs, "old")',
      '\t\t}(i)',
      '\t}',
      '\twg.Wait()',
      '}',
      '',
      'func (w *Work) Count() int {',
      lockAll,
      '\tn := 0',
      '\tfor i := range w.Shards {',
      '\t\tfor range w.Shards[i].Jobs {',
      '\t\t\tn++',
      '\t\t}',
      '\t}',
      '\treturn n',
      '}',
    );

  it('holds them all after it', async () => {
    expect(
      await races(work('\tfor i := range w.Shards {\n\t\tw.Shards[i].mtx.Lock()\n\t}')),
    ).toEqual([]);
  });

  it('a range with no lock races', async () => {
    expect(await races(work('\t// no lock'))).toEqual(['37 MH002']);
  });
});

describe('one map given to the field of many objects', () => {
  // Every member of a team gets the team's settings map; workers then each write their own
  // member's settings, which for two members of one team is one map.
  const teams = (give: string): string =>
    lines(
      'package main',
      '',
      'import "sync"',
      '',
      'type member struct{ prefs map[string]string }',
      '',
      'func main() {',
      '\tteams := [][]*member{{{}, {}}, {{}}}',
      '\tvar all []*member',
      '\tfor _, team := range teams {',
      '\t\tsettings := map[string]string{"theme": "dark"}',
      '\t\tfor _, m := range team {',
      give,
      '\t\t\tall = append(all, m)',
      '\t\t}',
      '\t}',
      '\tvar wg sync.WaitGroup',
      '\tfor _, m := range all {',
      '\t\twg.Add(1)',
      '\t\tgo func(m *member) {',
      '\t\t\tdefer wg.Done()',
      '\t\t\tm.prefs["seen"] = "yes"',
      '\t\t}(m)',
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it('is shared by their goroutines', async () => {
    expect(await races(teams('\t\t\tm.prefs = settings'))).toEqual(['22 MH001']);
  });

  it('a copy each is not', async () => {
    expect(
      await races(teams('\t\t\tm.prefs = map[string]string{"theme": settings["theme"]}')),
    ).toEqual([]);
  });
});

describe("a method whose every caller holds the receiver's lock", () => {
  // nsq's GetMetadata ranges over the topics bare; its one caller, PersistMetadata, is called
  // only with the daemon's embedded lock held.
  const daemon = (pause: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Daemon struct {',
      '\tsync.RWMutex',
      '\ttopics map[string]bool',
      '}',
      '',
      'func (d *Daemon) Metadata() []string {',
      '\tvar out []string',
      '\tfor t := range d.topics {',
      '\t\tout = append(out, t)',
      '\t}',
      '\treturn out',
      '}',
      '',
      'func (d *Daemon) Persist() int { return len(d.Metadata()) }',
      '',
      'func (d *Daemon) Add(t string) {',
      '\td.Lock()',
      '\td.topics[t] = true',
      '\td.Persist()',
      '\td.Unlock()',
      '}',
      '',
      'func (d *Daemon) Pause(t string) {',
      pause,
      '}',
    );

  it('runs holding it, through a method that calls it on its own receiver', async () => {
    expect(
      await races(
        daemon(lines('\td.Lock()', '\td.topics[t] = false', '\td.Persist()', '\td.Unlock()')),
      ),
    ).toEqual([]);
  });

  it('is not taken to when one call is made without it', async () => {
    expect(
      await races(
        daemon(lines('\td.Lock()', '\td.topics[t] = false', '\td.Unlock()', '\td.Persist()')),
      ),
    ).toEqual(['12 MH002']);
  });
});

describe('a block that ends by waiting', () => {
  // telegraf's elasticsearch input: the servers' details are gathered, under a lock, by
  // goroutines an if statement starts and waits for; the goroutines after it read them bare.
  const gather = (wait: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type Stats struct {',
      '\tServers []string',
      '\tCluster bool',
      '\tmu      sync.Mutex',
      '\tinfo    map[string]int',
      '}',
      '',
      'func (s *Stats) Gather() {',
      '\tif s.Cluster {',
      '\t\tvar first sync.WaitGroup',
      '\t\ts.info = map[string]int{}',
      '\t\tfor _, srv := range s.Servers {',
      '\t\t\tfirst.Add(1)',
      '\t\t\tgo func(srv string) {',
      '\t\t\t\tdefer first.Done()',
      '\t\t\t\ts.mu.Lock()',
      '\t\t\t\ts.info[srv] = len(srv)',
      '\t\t\t\ts.mu.Unlock()',
      '\t\t\t}(srv)',
      '\t\t}',
      wait,
      '\t}',
      '\tvar wg sync.WaitGroup',
      '\tfor _, srv := range s.Servers {',
      '\t\twg.Add(1)',
      '\t\tgo func(srv string) {',
      '\t\t\tdefer wg.Done()',
      '\t\t\t_ = s.info[srv]',
      '\t\t}(srv)',
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it('has nothing it started running after it', async () => {
    expect(await races(gather('\t\tfirst.Wait()'))).toEqual([]);
  });

  it('is needed: without the wait the read races', async () => {
    expect(await races(gather('\t\t// no wait'))).toEqual(['32 MH001']);
  });
});

describe('maps.Copy', () => {
  const copier = (dst: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"maps"',
      '\t"sync"',
      ')',
      '',
      'type Conf struct {',
      '\tshared map[string]string',
      '\tparts  []map[string]string',
      '}',
      '',
      'func (c *Conf) Fill() {',
      '\tvar wg sync.WaitGroup',
      '\tfor i := range c.parts {',
      '\t\twg.Add(1)',
      '\t\tgo func(i int) {',
      '\t\t\tdefer wg.Done()',
      '\t\t\tmine := map[string]string{}',
      `\t\t\tmaps.Copy(${dst})`,
      '\t\t\tc.parts[i] = mine',
      '\t\t}(i)',
      '\t}',
      '\twg.Wait()',
      '}',
    );

  it('writes its destination and only ranges over its source', async () => {
    expect(await races(copier('mine, c.shared'))).toEqual([]);
  });

  it('writes a destination many goroutines share', async () => {
    expect(await races(copier('c.shared, mine'))).toEqual(['20 MH001']);
  });
});

describe('a range variable a goroutine of the loop captures', () => {
  // telegraf's huebridge: one goroutine per bridge, each working on its own bridge's maps.
  const source = lines(
    'package lib',
    '',
    'import "sync"',
    '',
    'type bridge struct{ tree map[string]int }',
    '',
    'func (b *bridge) process() {',
    '\tb.tree = map[string]int{}',
    '\tb.tree["lights"] = 1',
    '\t_ = b.tree["rooms"]',
    '}',
    '',
    'type Hue struct{ bridges []*bridge }',
    '',
    'func (h *Hue) Gather() {',
    '\tvar wg sync.WaitGroup',
    '\tfor _, b := range h.bridges {',
    '\t\twg.Add(1)',
    '\t\tgo func() {',
    '\t\t\tdefer wg.Done()',
    '\t\t\tb.process()',
    '\t\t}()',
    '\t}',
    '\twg.Wait()',
    '}',
  );

  it("is each pass's own from go1.22: each goroutine has its element", async () => {
    expect(await races(source, 'lib.go', '1.22')).toEqual([]);
  });

  it('is one variable for the whole loop before', async () => {
    expect(await races(source, 'lib.go', '1.21')).toEqual(['9 MH001']);
  });
});

describe("a loop's own element handed to each goroutine", () => {
  // dgraph's ProcessGraph: each child gets a fresh map, filled before its goroutine starts.
  const graph = (pick: string, after: string): string =>
    lines(
      'package lib',
      '',
      'type Graph struct{ Vars map[string]int }',
      '',
      'func process(g *Graph, done chan error) {',
      '\tfor k := range g.Vars {',
      '\t\tg.Vars[k+"x"] = 1',
      '\t}',
      '\tdone <- nil',
      '}',
      '',
      'type Query struct {',
      '\tVars     map[string]int',
      '\tChildren []*Graph',
      '}',
      '',
      'func (q *Query) Run() {',
      '\tdone := make(chan error, len(q.Children))',
      '\tfor i := range q.Children {',
      `\t\tchild := ${pick}`,
      '\t\tchild.Vars = make(map[string]int)',
      '\t\tfor k, v := range q.Vars {',
      '\t\t\tchild.Vars[k] = v',
      '\t\t}',
      '\t\tgo process(child, done)',
      after,
      '\t}',
      '\tfor range q.Children {',
      '\t\t<-done',
      '\t}',
      '}',
    );

  it("is each goroutine's own, and filled in a later pass than theirs", async () => {
    expect(await races(graph('q.Children[i]', '\t\t_ = i'))).toEqual([]);
  });

  it('is shared when every pass takes the same element', async () => {
    expect(await races(graph('q.Children[0]', '\t\t_ = i'))).toEqual([
      '23 MH001',
      '25 MH001',
      '25 MH002',
    ]);
  });

  it('races with its goroutine when written after the go statement', async () => {
    expect(await races(graph('q.Children[i]', '\t\tchild.Vars["late"] = 1'))).toEqual([
      '25 MH001',
      '25 MH002',
      '26 MH001',
    ]);
  });
});

describe("a method documented to run under its callers' lock", () => {
  // nats-streaming-server's subStore.updateState: "The subStore is locked on entry".
  const store = (doc: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type SubStore struct {',
      '\tsync.RWMutex',
      '\tsubs map[string]int',
      '}',
      '',
      doc,
      'func (ss *SubStore) updateState(name string) { ss.subs[name]++ }',
      '',
      'func (ss *SubStore) Store(name string) { ss.updateState(name) }',
      '',
      'func (ss *SubStore) Remove(name string) {',
      '\tss.Lock()',
      '\tdelete(ss.subs, name)',
      '\tss.Unlock()',
      '}',
    );

  it('runs holding it', async () => {
    expect(await races(store('// The subStore is locked on entry.'))).toEqual([]);
    expect(await races(store('// The caller must hold the lock.'))).toEqual([]);
  });

  it('is not taken to without the words, or when they say the opposite', async () => {
    expect(await races(store('// Updates the state.'))).toEqual(['11 MH001']);
    expect(await races(store('// Must not be called with the lock held.'))).toEqual(['11 MH001']);
  });
});

describe('a literal handed to a function that calls it only in a goroutine it starts', () => {
  // loki's cri stage: RunWithSkipOrSendMany runs `process` in its one goroutine alone.
  const stage = (also: string): string =>
    lines(
      'package lib',
      '',
      'type Entry struct{ Line string }',
      '',
      'func RunWith(input chan Entry, process func(Entry) bool) chan Entry {',
      '\tout := make(chan Entry)',
      '\tgo func() {',
      '\t\tdefer close(out)',
      '\t\tfor e := range input {',
      '\t\t\tif process(e) {',
      '\t\t\t\tout <- e',
      '\t\t\t}',
      '\t\t}',
      '\t}()',
      also,
      '\treturn out',
      '}',
      '',
      'type Cri struct{ partial map[string]Entry }',
      '',
      'func (c *Cri) Run(entry chan Entry) chan Entry {',
      '\treturn RunWith(entry, func(e Entry) bool {',
      '\t\tfor k := range c.partial {',
      '\t\t\tdelete(c.partial, k)',
      '\t\t}',
      '\t\tc.partial[e.Line] = e',
      '\t\treturn true',
      '\t})',
      '}',
    );

  it('runs there alone', async () => {
    expect(await races(stage('\t_ = input'))).toEqual([]);
  });

  it('races when the function also calls it itself', async () => {
    expect(await races(stage('\tprocess(Entry{})'))).toEqual(['23 MH002', '24 MH001', '26 MH001']);
  });
});

describe('a go statement its pass waits for', () => {
  // loki's tokenizer test: each pass ranges Populate's channel to its close before the next.
  const passes = (drain: string): string =>
    lines(
      'package lib',
      '',
      'import "testing"',
      '',
      'type Tok struct{ cache map[string]int }',
      '',
      'func (t *Tok) Populate(words []string, ch chan int) {',
      '\tfor _, w := range words {',
      '\t\tt.cache[w]++',
      '\t}',
      '\tch <- len(t.cache)',
      '\tclear(t.cache)',
      '\tclose(ch)',
      '}',
      '',
      'func TestPopulate(t *testing.T) {',
      '\ttok := &Tok{cache: map[string]int{}}',
      '\tfor i := 0; i < 2; i++ {',
      '\t\tch := make(chan int, 1)',
      '\t\tgo tok.Populate([]string{"a", "b"}, ch)',
      '\t\tvar got []int',
      drain,
      '\t\t_ = got',
      '\t}',
      '}',
    );

  it('runs one pass at a time', async () => {
    expect(
      await races(
        passes(lines('\t\tfor n := range ch {', '\t\t\tgot = append(got, n)', '\t\t}')),
        'lib_test.go',
      ),
    ).toEqual([]);
  });

  it('overlaps the next pass when nothing waits', async () => {
    expect(await races(passes('\t\tgot = append(got, 1)'), 'lib_test.go')).toEqual([
      '12 MH001',
      '20 MH001',
    ]);
  });
});

describe('a wait inside an assertion', () => {
  // loki's queue test: `require.NoError(t, wg.Wait())`, then the tally is read.
  const tally = (wait: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '\t"testing"',
      '',
      '\t"golang.org/x/sync/errgroup"',
      ')',
      '',
      'func noError(t *testing.T, err error) {',
      '\tif err != nil {',
      '\t\tt.Fatal(err)',
      '\t}',
      '}',
      '',
      'func TestTally(t *testing.T) {',
      '\tvar mu sync.Mutex',
      '\tgot := map[int]int{}',
      '\tvar wg errgroup.Group',
      '\tfor i := 0; i < 3; i++ {',
      '\t\twg.Go(func() error {',
      '\t\t\tmu.Lock()',
      '\t\t\tgot[i]++',
      '\t\t\tmu.Unlock()',
      '\t\t\treturn nil',
      '\t\t})',
      '\t}',
      wait,
      '\tfor k := range got {',
      '\t\t_ = k',
      '\t}',
      '}',
    );

  it('orders what follows', async () => {
    expect(await races(tally('\tnoError(t, wg.Wait())'), 'lib_test.go')).toEqual([]);
  });

  it('is needed', async () => {
    expect(await races(tally('\tnoError(t, nil)'), 'lib_test.go')).toEqual(['29 MH002']);
  });
});

describe('a constructor returning (*T, error) that starts a goroutine on its value', () => {
  // dovecot-xaps-daemon's NewDatabase: `db := Database{…}`, a cleanup goroutine, `return &db, nil`.
  const database = (clean: string): string =>
    lines(
      'package lib',
      '',
      'import (',
      '\t"sync"',
      '\t"time"',
      ')',
      '',
      'type Database struct {',
      '\tmu    sync.Mutex',
      '\tUsers map[string]int',
      '}',
      '',
      'func NewDatabase() (*Database, error) {',
      '\tdb := Database{Users: map[string]int{}}',
      '\tgo func() {',
      '\t\tfor range time.Tick(time.Hour) {',
      '\t\t\tdb.cleanup()',
      '\t\t}',
      '\t}()',
      '\treturn &db, nil',
      '}',
      '',
      'func (db *Database) cleanup() {',
      clean,
      '}',
      '',
      'func (db *Database) Add(user string) {',
      '\tdb.mu.Lock()',
      '\tdefer db.mu.Unlock()',
      '\tdb.Users[user]++',
      '}',
    );

  it('runs that goroutine beside the callers of its methods', async () => {
    expect(await races(database('\tfor u := range db.Users {\n\t\t_ = u\n\t}'))).toEqual([
      '24 MH002',
    ]);
  });

  it('is not reported when the goroutine takes the lock too', async () => {
    expect(
      await races(
        database(
          '\tdb.mu.Lock()\n\tdefer db.mu.Unlock()\n\tfor u := range db.Users {\n\t\t_ = u\n\t}',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a literal handed to a go statement with the function it runs', () => {
  // kubedog's Multitrack: `go mt.runSpecTracker(…, func(spec) error { … mt.DeploymentsContexts[…] … })`
  // on a tracker the function made; runSpecTracker deletes from that map under mt.mux.
  const tracker = (read: string): string =>
    lines(
      'package lib',
      '',
      'import "sync"',
      '',
      'type tracker struct {',
      '\tmu   sync.Mutex',
      '\tctxs map[string]int',
      '}',
      '',
      'func (mt *tracker) run(name string, wg *sync.WaitGroup, track func(string)) {',
      '\tdefer wg.Done()',
      '\ttrack(name)',
      '\tmt.mu.Lock()',
      '\tdefer mt.mu.Unlock()',
      '\tdelete(mt.ctxs, name)',
      '}',
      '',
      'func (mt *tracker) start(names []string, wg *sync.WaitGroup) {',
      '\tmt.mu.Lock()',
      '\tdefer mt.mu.Unlock()',
      '\tfor _, n := range names {',
      '\t\tmt.ctxs[n] = 1',
      '\t\twg.Add(1)',
      '\t\tgo mt.run(n, wg, func(s string) {',
      read,
      '\t\t})',
      '\t}',
      '}',
      '',
      'func Track(names []string) {',
      '\tmt := tracker{ctxs: map[string]int{}}',
      '\tvar wg sync.WaitGroup',
      '\tmt.start(names, &wg)',
      '\twg.Wait()',
      '}',
    );

  it('reads what it captured beside the other goroutines', async () => {
    expect(await races(tracker('\t\t\t_ = mt.ctxs[s]'))).toEqual(['25 MH001']);
  });

  it('is not reported when it reads under the lock', async () => {
    expect(
      await races(tracker('\t\t\tmt.mu.Lock()\n\t\t\t_ = mt.ctxs[s]\n\t\t\tmt.mu.Unlock()')),
    ).toEqual([]);
  });
});
