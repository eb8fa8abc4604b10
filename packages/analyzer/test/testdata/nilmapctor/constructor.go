package nilmapctor

// tally counts names; newTally makes its map only when asked to preload.
type tally struct {
	counts map[string]int
	limit  int
}

func newTally(preload bool) *tally {
	t := &tally{limit: 10}
	if preload {
		t.counts = map[string]int{"seed": 1}
	}
	return t
}

func (t *tally) add(name string) {
	t.counts[name]++ // want `assignment to entry in nil map: tally.counts is made only by newTally, and only when preload \(constructor.go:12\)` MH003
}

// ledger makes its map on a condition too, but every write checks for nil first.
type ledger struct {
	entries map[string]int
}

func newLedger(cached bool) (*ledger, error) {
	l := &ledger{}
	if cached {
		l.entries = make(map[string]int)
	}
	return l, nil
}

func (l *ledger) record(k string) {
	if l.entries == nil {
		l.entries = make(map[string]int)
	}
	l.entries[k]++
}

// store makes its cache only when caching is on, and writes it only then.
type store struct {
	caching bool
	cache   map[string]string
}

func newStore(caching bool) *store {
	s := &store{caching: caching}
	if caching {
		s.cache = map[string]string{}
	}
	return s
}

func (s *store) put(k, v string) {
	if s.caching {
		s.cache[k] = v
	}
}

// spanIndex makes its parents map only when keepHierarchy, and only writes it under that
// same condition, in the constructor itself (tempo's trace filter).
type spanIndex struct {
	parents map[string]string
	spans   []string
}

func newSpanIndex(ids []string, keepHierarchy bool) *spanIndex {
	idx := &spanIndex{}
	if keepHierarchy {
		idx.parents = make(map[string]string)
	}
	for _, id := range ids {
		idx.spans = append(idx.spans, id)
		if keepHierarchy {
			idx.addParent(id, "")
		}
	}
	return idx
}

func (idx *spanIndex) addParent(id, parent string) {
	idx.parents[id] = parent
}

// cluster makes its coordinate cache, and the delegate that writes it, only when
// coordinates are on (serf's pingDelegate); its gossip delegate is made either way.
type cluster struct {
	coords map[string]int
}

type config struct {
	coordinates bool
	ping        any
	gossip      any
}

func newCluster(conf *config) *cluster {
	c := &cluster{}
	if conf.coordinates {
		c.coords = make(map[string]int)
		conf.ping = &pingDelegate{c: c}
	}
	conf.gossip = &gossipDelegate{c: c}
	return c
}

type pingDelegate struct{ c *cluster }

func (p *pingDelegate) pong(node string) {
	p.c.coords[node]++
}

type gossipDelegate struct{ c *cluster }

func (g *gossipDelegate) heard(node string) {
	g.c.coords[node] = 0 // want `assignment to entry in nil map: cluster.coords is made only by newCluster, and only when conf.coordinates` MH003
}

// sized makes its map on both branches of one if (loki's newAggregator): never nil.
type sized struct {
	points map[int]int
}

func newSized(hint int) *sized {
	s := sized{}
	if hint > 0 {
		s.points = make(map[int]int, hint)
	} else {
		s.points = make(map[int]int)
	}
	return &s
}

func (s *sized) add(k int) {
	s.points[k]++
}
