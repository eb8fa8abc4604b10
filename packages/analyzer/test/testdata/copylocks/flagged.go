package copylocks

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func (s Server) Len() int { // want `Len passes lock by value: Server contains sync.Mutex; receiver s is a copy: its sync.Mutex is a separate lock.*use a pointer receiver \(\*Server\)`
	return len(s.conns)
}

func (Outer) Name() string { // want `Name passes lock by value: Outer contains Inner contains sync.RWMutex; the receiver is a copy`
	return ""
}

func (t Ticket) ID() int64 { // want `ID passes lock by value: Ticket contains noCopy; receiver t is a copy`
	return t.id
}

func (c Conn) ID() int { // want `ID passes lock by value: Conn contains noCopy; receiver c is a copy: its noCopy \(a type with pointer Lock and Unlock methods`
	return c.id
}

func (n Named) Size() int { // want `Size passes lock by value: Named contains Server contains sync.Mutex`
	return len(n.conns)
}

func serve(a, b Server, mu sync.Mutex, st Stats, _ int) { // want `serve passes lock by value: Server contains sync.Mutex; parameters a, b are copies` `serve passes lock by value: sync.Mutex; parameter mu is a copy` `serve passes lock by value: Stats contains sync/atomic.Int64 contains sync/atomic.noCopy; parameter st is a copy: its sync/atomic.Int64 is read non-atomically`
	_, _, _, _ = &a, &b, &mu, &st
}

func unnamed(Group) {} // want `unnamed passes lock by value: Group contains sync.WaitGroup contains sync.noCopy; the parameter is a copy: its sync.WaitGroup has its own counter`

func kinds(wg sync.WaitGroup, o sync.Once, c sync.Cond, m sync.Map, p sync.Pool, rw sync.RWMutex) { // want `kinds passes lock by value: sync.WaitGroup contains sync.noCopy` `kinds passes lock by value: sync.Once contains sync.Mutex; parameter o is a copy: its sync.Once has its own done flag` `kinds passes lock by value: sync.Cond contains sync.noCopy; parameter c is a copy: its sync.Cond has its own waiter list` `kinds passes lock by value: sync.Map contains sync.Mutex; parameter m is a copy: its sync.Map shares the original's internal maps but not its mutex, so storing through both can crash with "fatal error: concurrent map writes"` `kinds passes lock by value: sync.Pool contains sync.noCopy` `kinds passes lock by value: sync.RWMutex`
	_, _, _, _, _, _ = &wg, &o, &c, &m, &p, &rw
}

func atomics(b atomic.Bool, i atomic.Int32, u atomic.Uint64, p atomic.Pointer[Server]) { // want `atomics passes lock by value: sync/atomic.Bool contains sync/atomic.noCopy` `sync/atomic.Int32` `sync/atomic.Uint64` `atomics passes lock by value: sync/atomic.Pointer contains sync/atomic.noCopy`
	_, _, _, _ = &b, &i, &u, &p
}

func assignments(p *Server, servers []Server, byName map[string]Server, arr *[3]Outer) {
	a := *p          // want `assignment copies lock value to a: Server contains sync.Mutex; a gets a copy: .*keep using the pointer \(p\) instead of copying what it points to`
	b := servers[0]  // want `assignment copies lock value to b: Server contains sync.Mutex`
	c := byName["x"] // want `assignment copies lock value to c: Server contains sync.Mutex; c gets a copy: .*keep pointers in the map \(map\[K\]\*T\) instead`
	_, ok := byName["x"]
	cc, _ := byName["x"] // want `assignment copies lock value to cc: Server contains sync.Mutex`
	a = b            // want `assignment copies lock value to a: Server contains sync.Mutex; a gets a copy: .*share it through a pointer \(&b\) instead`
	*p = c           // want `assignment copies lock value to \*p: Server contains sync.Mutex`
	mu := p.mu       // want `assignment copies lock value to mu: sync.Mutex`
	in := arr[1].inner // want `assignment copies lock value to in: Inner contains sync.RWMutex`
	x, y := a, 1     // want `assignment copies lock value to x: Server contains sync.Mutex`
	var d = a        // want `variable declaration copies lock value to d: Server contains sync.Mutex`
	var e Server = (*p) // want `variable declaration copies lock value to e: Server contains sync.Mutex`
	g := global      // want `assignment copies lock value to g: Server contains sync.Mutex`
	_, _, _, _, _, _, _, _, _, _ = ok, &mu, &in, &x, y, &d, &e, &g, &c, &cc
}

var copied = global // want `variable declaration copies lock value to copied: Server contains sync.Mutex`

func fromInterface(v interface{}, ch chan Stats) {
	s := v.(Server) // want `assignment copies lock value to s: Server contains sync.Mutex`
	t := <-ch       // want `assignment copies lock value to t: Stats contains sync/atomic.Int64`
	select {
	case u := <-ch: // want `assignment copies lock value to u: Stats contains sync/atomic.Int64.*pass pointers through the channel or interface instead`
		_ = &u
	default:
	}
	_, _ = &s, &t
}

func ranges(servers []Server, byName map[string]*Server, groups map[int]Group, outers *[4]Outer) {
	for _, s := range servers { // want `range var s copies lock: Server contains sync.Mutex; each iteration copies an element into s`
		_ = &s
	}
	for k, g := range groups { // want `range var g copies lock: Group contains sync.WaitGroup`
		_, _ = k, &g
	}
	for _, o := range outers { // want `range var o copies lock: Outer contains Inner contains sync.RWMutex`
		_ = &o
	}
	var s Server
	for _, s = range servers { // want `range var s copies lock: Server contains sync.Mutex`
	}
	_ = &s
	for name, p := range byName {
		_, _ = name, p
	}
}

func calls(s *Server, st *Stats, wg *sync.WaitGroup) {
	fmt.Println(*s)                   // want `call of fmt.Println copies lock value: Server contains sync.Mutex; fmt.Println receives a copy of \*s`
	use(st.hits)                      // want `call of use copies lock value: sync/atomic.Int64 contains sync/atomic.noCopy.*share it through a pointer \(&st.hits\) instead`
	list := append([]Server{}, *s)    // want `call of append copies lock value: Server contains sync.Mutex`
	go func(w sync.WaitGroup) {}(*wg) // want `func passes lock by value: sync.WaitGroup contains sync.noCopy; parameter w is a copy` `call of the func literal copies lock value: sync.WaitGroup contains sync.noCopy; the func literal receives a copy of \*wg`
	_ = list
}

func use(interface{}) {}

func returns(p *Server, o *Outer) (Server, Inner) {
	return *p, o.inner[0] // want `return copies lock value: Server contains sync.Mutex; the caller gets a copy of \*p: .*return a pointer instead` `return copies lock value: Inner contains sync.RWMutex`
}

func literals(s *Server, in Inner) []Outer { // want `literals passes lock by value: Inner contains sync.RWMutex`
	_ = map[string]Server{"a": *s} // want `literal copies lock value from \*s: Server contains sync.Mutex`
	return []Outer{{name: "x", inner: [2]Inner{in, in}}} // want `literal copies lock value from in: Inner contains sync.RWMutex` `literal copies lock value from in: Inner contains sync.RWMutex`
}

// golangci-lint's nolint for govet says the copy is deliberate (rclone's linkbox).
func deliberate(s *Server) *Server {
	c := *s //nolint:govet // a fresh copy no goroutine has seen
	return &c
}
