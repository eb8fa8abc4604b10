package main

// A recorder drives one real Go map with ordinary Go map statements, reads its state through
// the mirrors after every operation and keeps one JSON step per operation. After every step it
// checks the reading against Go's own view of the map and against a shadow map that the
// recorder maintains (a plain map[K]V with the same operations), and panics on a mismatch.

import (
	"bytes"
	"fmt"
	"strconv"
	"unsafe"
)

// sink keeps every recorded map reachable from a package-level variable, so that the
// compiler allocates the hmap and its first bucket on the heap.
var sink []any

type recorder[K, V comparable] struct {
	name, description string
	hint              *int

	m      map[K]V
	shadow map[K]V
	h      *hmap
	mt     *maptype
	steps  []string
	last   *state[K, V]
	iters  []*iterator[K, V]

	// clearedWhileIterating is set by clear when an iterator is active: from then on an
	// iterator may return entries that are no longer in the map (see iterNext).
	clearedWhileIterating bool

	// pins holds, per iterator id, the start (startBucket, offset) the scenario is recorded
	// with; see pin.
	pins [][2]int
}

// retry is the panic value with which a recording is abandoned, to be run again.
type retry struct{}

// pin fixes the start position of the next iterator not pinned yet. mapiterinit draws it
// with fastrand, which cannot be seeded; the scenario is re-run until the draw matches, so
// that the recording (with the fixed hash seed, otherwise deterministic) is reproducible.
func (r *recorder[K, V]) pin(startBucket, offset int) {
	r.pins = append(r.pins, [2]int{startBucket, offset})
}

// iterator is one runtime iteration and what Go's iteration rules let the recorder check.
type iterator[K, V comparable] struct {
	it      *hiter
	done    bool
	seen    map[K]bool
	mustSee map[K]bool // present at iterInit and not deleted since: must be returned
	stale   []K        // returned although not in the map (only after a clear)
	checked bool       // some entry was returned through the checkBucket filter
	viaOld  bool       // some entry was returned from an evacuated slot (looked up in the new table)
}

func newRecorder[K, V comparable](name, description string, hint *int) *recorder[K, V] {
	return &recorder[K, V]{name: name, description: description, hint: hint}
}

// make creates the map (make(map[K]V) or make(map[K]V, hint)) and fixes its hash seed.
func (r *recorder[K, V]) make(seed uint32) {
	if r.hint == nil {
		r.m = make(map[K]V)
	} else {
		r.m = make(map[K]V, *r.hint)
	}
	sink = append(sink, r.m)
	r.shadow = map[K]V{}
	r.h = hmapOf(r.m)
	r.mt = maptypeOf(r.m)
	checkMapType[K, V](r.mt)
	if r.h.count != 0 || r.h.oldbuckets != nil {
		panic("fresh map is not empty")
	}
	r.h.hash0 = seed
	r.step(fmt.Sprintf(`{"op":"make","hash0":%s,"state":%s}`, hex32(seed), r.check().json))
}

// hash returns the map's hash of k with the map's current seed.
func (r *recorder[K, V]) hash(k K) uintptr {
	return r.mt.hasher(unsafe.Pointer(&k), uintptr(r.h.hash0))
}

// bucketOf returns the index of k's bucket in an array of 2^B buckets.
func (r *recorder[K, V]) bucketOf(k K, B uint8) uintptr {
	return r.hash(k) & (1<<B - 1)
}

func (r *recorder[K, V]) assign(k K, v V) {
	r.m[k] = v
	r.shadow[k] = v
	r.step(fmt.Sprintf(`{"op":"assign","key":%s,"elem":%s,"state":%s}`, encode(k), encode(v), r.check().json))
}

func (r *recorder[K, V]) delete(k K) {
	delete(r.m, k)
	delete(r.shadow, k)
	r.step(fmt.Sprintf(`{"op":"delete","key":%s,"state":%s}`, encode(k), r.check().json))
	for _, it := range r.iters {
		delete(it.mustSee, k) // an entry deleted before an iterator reaches it is not returned
	}
}

func (r *recorder[K, V]) lookup(k K) {
	v, ok := r.m[k]
	sv, sok := r.shadow[k]
	if ok != sok || v != sv {
		panic(fmt.Sprintf("%s: lookup %s disagrees with the shadow map", r.name, encode(k)))
	}
	r.step(fmt.Sprintf(`{"op":"lookup","key":%s,"found":%t,"elem":%s}`, encode(k), ok, encode(v)))
	r.unchanged("lookup")
}

// clear runs the idiom that the compiler turns into runtime.mapclear (for key types whose
// values all equal themselves: with float keys it stays a loop of deletes).
func (r *recorder[K, V]) clear() {
	for k := range r.m {
		delete(r.m, k)
	}
	r.shadow = map[K]V{}
	s := r.check()
	r.step(fmt.Sprintf(`{"op":"clear","state":%s}`, s.json))
	// mapclear, not a loop of deletes: it zeroes the whole bucket array (stale keys too) and
	// drops the overflow bookkeeping, which deletes never do.
	if s.noverflow != 0 || s.overflow != -1 || s.oldbuckets != nil {
		panic(r.name + ": clear did not run runtime.mapclear")
	}
	for _, c := range s.buckets {
		if len(c) != 1 {
			panic(r.name + ": clear did not run runtime.mapclear")
		}
		for _, x := range unsafe.Slice((*byte)(unsafe.Pointer(c[0])), unsafe.Sizeof(*c[0])) {
			if x != 0 {
				panic(r.name + ": clear did not run runtime.mapclear")
			}
		}
	}
	for _, it := range r.iters {
		if !it.done {
			r.clearedWhileIterating = true
			it.mustSee = map[K]bool{}
		}
	}
}

// iterInit starts iterator id (ids count from 0) with runtime.mapiterinit, which, like a range
// loop, already advances to the first entry: the step reports it as iterNext steps do
// ("done", "key", "elem"), and each iterNext is one call of runtime.mapiternext.
func (r *recorder[K, V]) iterInit() (int, K, bool) {
	id := len(r.iters)
	it := &iterator[K, V]{it: new(hiter), seen: map[K]bool{}, mustSee: map[K]bool{}}
	for k := range r.shadow {
		it.mustSee[k] = true
	}
	sink = append(sink, it.it)
	r.iters = append(r.iters, it)
	mapiterinit(unsafe.Pointer(r.mt), r.h, it.it)
	if id < len(r.pins) && (int(it.it.startBucket) != r.pins[id][0] || int(it.it.offset) != r.pins[id][1]) {
		panic(retry{})
	}
	entry, k, ok := r.entry(id)
	r.step(fmt.Sprintf(`{"op":"iterInit","iter":%d,"startBucket":%d,"offset":%d,%s,"state":%s}`,
		id, it.it.startBucket, it.it.offset, entry, r.check().json))
	return id, k, ok
}

// iterNext advances iterator id with runtime.mapiternext and reports the entry, or done. It
// returns the key and whether there was one.
func (r *recorder[K, V]) iterNext(id int) (K, bool) {
	if r.iters[id].done {
		panic("iterNext after done")
	}
	mapiternext(r.iters[id].it)
	entry, k, ok := r.entry(id)
	r.step(fmt.Sprintf(`{"op":"iterNext","iter":%d,%s}`, id, entry))
	r.unchanged("iterNext")
	return k, ok
}

// entry checks the entry iterator id stands at and returns it in JSON ("done":…[,"key":…,
// "elem":…]), with the key and whether there is one.
func (r *recorder[K, V]) entry(id int) (string, K, bool) {
	it := r.iters[id]
	var k K
	if it.it.key == nil {
		it.done = true
		for mk := range it.mustSee {
			panic(fmt.Sprintf("%s: iterator %d never returned %s", r.name, id, encode(mk)))
		}
		return `"done":true`, k, false
	}
	k = *(*K)(it.it.key)
	v := *(*V)(it.it.elem)

	// Go's rules: an entry is returned at most once, and only while it is in the map, with
	// its current elem; entries present all along must be returned before done.
	if it.seen[k] {
		panic(fmt.Sprintf("%s: iterator %d returned %s twice", r.name, id, encode(k)))
	}
	it.seen[k] = true
	delete(it.mustSee, k)
	if sv, ok := r.shadow[k]; !ok || sv != v {
		if !r.clearedWhileIterating {
			panic(fmt.Sprintf("%s: iterator %d returned %s, which is not in the map", r.name, id, encode(k)))
		}
		it.stale = append(it.stale, k)
	}

	// Which runtime path produced the entry (for the scenarios' assertions)?
	if it.it.checkBucket != noCheck && it.it.h.flags&flagSameSizeGrow == 0 {
		it.checked = true
	}
	b := (*bmap[K, V])(it.it.bptr)
	slot := (it.it.i - 1 + it.it.offset) & (bucketCnt - 1)
	if t := b.tophash[slot]; t == evacuatedX || t == evacuatedY {
		it.viaOld = true
	}
	return fmt.Sprintf(`"done":false,"key":%s,"elem":%s`, encode(k), encode(v)), k, true
}

// step appends one step's JSON.
func (r *recorder[K, V]) step(s string) { r.steps = append(r.steps, s) }

// check reads the state and compares it with Go's map and with the shadow map.
func (r *recorder[K, V]) check() *state[K, V] {
	s := readState[K, V](r.h)
	r.last = s
	if s.count != len(r.m) || s.count != len(r.shadow) {
		panic(fmt.Sprintf("%s: count %d, len(m) %d, shadow %d", r.name, s.count, len(r.m), len(r.shadow)))
	}
	if s.flags&flagHashWriting != 0 {
		panic("hashWriting left set")
	}
	for k, sv := range r.shadow {
		if v, ok := r.m[k]; !ok || v != sv {
			panic(fmt.Sprintf("%s: m[%s] disagrees with the shadow map", r.name, encode(k)))
		}
	}
	live := s.live()
	if len(live) != len(r.shadow) {
		panic(fmt.Sprintf("%s: %d live slots, %d entries", r.name, len(live), len(r.shadow)))
	}
	for k, v := range live {
		if sv, ok := r.shadow[k]; !ok || sv != v {
			panic(fmt.Sprintf("%s: live slot %s disagrees with the shadow map", r.name, encode(k)))
		}
	}
	return s
}

// unchanged checks that a read-only step left the state as it was.
func (r *recorder[K, V]) unchanged(op string) {
	before := r.last.json
	if r.check().json != before {
		panic(r.name + ": " + op + " changed the map")
	}
}

// state returns a fresh reading of the map.
func (r *recorder[K, V]) state() *state[K, V] { return readState[K, V](r.h) }

// golden returns the golden file's content.
func (r *recorder[K, V]) golden() []byte {
	var b bytes.Buffer
	b.WriteString(`{"go":` + latin1String(goVersion) + `,"godebug":"cpu.aes=off","hashkey":` + hashkeyJSON())
	b.WriteString(`,"key":` + latin1String(typeName[K]()) + `,"elem":` + latin1String(typeName[V]()))
	b.WriteString(`,"hint":`)
	if r.hint == nil {
		b.WriteString("null")
	} else {
		b.WriteString(strconv.Itoa(*r.hint))
	}
	b.WriteString(`,"description":` + latin1String(r.description) + `,"steps":[`)
	for i, s := range r.steps {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n" + s)
	}
	b.WriteString("\n]}\n")
	return b.Bytes()
}
