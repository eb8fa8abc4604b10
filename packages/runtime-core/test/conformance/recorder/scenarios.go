package main

// The recorded scenarios. Each asserts that it reached the runtime feature it is named for.
// Iterator scenarios pin the iterators' random start positions (see recorder.pin) to ones
// with which they reach it; with the fixed hash seeds everything else is deterministic.

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"unsafe"
)

// skey is the struct key type of struct-keys (an alias keeps the type unnamed, so reflect
// prints it as "struct { A int32; B string }").
type skey = struct {
	A int32
	B string
}

func scenarios() []scenario {
	list := []scenario{
		{"int-growth", intGrowth},
		{"int-delete", intDelete},
		{"int-samesize", intSameSize},
	}
	for _, h := range []int{-1, 0, 8, 9, 13, 14, 26, 27, 100, 1000, -1 << 30} {
		h := h
		name := strconv.Itoa(h)
		if h < 0 {
			name = "minus" + strconv.Itoa(-h)
		}
		list = append(list, scenario{"int-hint-" + name, func(seed uint32) []byte { return intHint(h, seed) }})
	}
	return append(list,
		scenario{"int-prealloc", intPrealloc},
		scenario{"string-growth", stringGrowth},
		scenario{"struct-keys", structKeys},
		scenario{"float-keys", floatKeys},
		scenario{"iter-growth", iterGrowth},
		scenario{"iter-growth-start", iterGrowthStart},
		scenario{"iter-interleaved", iterInterleaved},
		scenario{"iter-clear", iterClear},
		scenario{"iter-clear-overflow", iterClearOverflow},
		scenario{"iter-clear-plain", iterClearPlain},
	)
}

func must(ok bool, format string, args ...any) {
	if !ok {
		panic(fmt.Sprintf(format, args...))
	}
}

// colliding returns n int keys from from upwards that are not in the map and fall into
// bucket target of an array of 2^B buckets under the map's current seed.
func colliding[V comparable](r *recorder[int, V], B uint8, target uintptr, from, n int) []int {
	var out []int
	for k := from; len(out) < n; k++ {
		if _, in := r.shadow[k]; !in && r.bucketOf(k, B) == target {
			out = append(out, k)
		}
	}
	return out
}

// sortedKeys returns the map's keys in increasing order.
func sortedKeys[V comparable](m map[int]V) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

func intGrowth(seed uint32) []byte {
	r := newRecorder[int, int]("int-growth", "map[int]int without a hint: keys 0..219 inserted in order, so B grows 0 to 6 "+
		"with incremental evacuation (two old buckets per write), and lookups of present and absent keys, some while growing.", nil)
	r.make(seed)
	maxB, sawPartial, lookupsWhileGrowing := uint8(0), false, 0
	for i := 0; i < 220; i++ {
		r.assign(i, i*10)
		s := r.last
		if s.B > maxB {
			maxB = s.B
		}
		if s.growing() && s.nevacuate > 0 {
			sawPartial = true
		}
		if i%9 == 4 || (s.growing() && i%2 == 1) {
			if s.growing() {
				lookupsWhileGrowing++
			}
			r.lookup(i / 2)
			r.lookup(-1 - i)
			r.lookup(i + 1000)
		}
	}
	must(maxB == 6 && sawPartial && lookupsWhileGrowing > 5, "int-growth: B %d, partial evacuation %t", maxB, sawPartial)
	return r.golden()
}

func intDelete(seed uint32) []byte {
	r := newRecorder[int, int]("int-delete", "map[int]int: an overflow chain of three buckets built from colliding keys, "+
		"deletes that leave emptyOne slots and emptyRest runs (one running back across a bucket boundary), slot reuse, "+
		"overwrites, deleting everything (count 0 reseeds hash0) and a few inserts under the new seed.", nil)
	r.make(seed)
	for i := 0; i < 36; i++ {
		r.assign(i, i*10)
	}
	s := r.state()
	must(s.B == 3 && !s.growing(), "int-delete: B %d growing %t", s.B, s.growing())
	// The fullest bucket becomes a chain of 8 + 8 + 2 entries.
	target, most := 0, 0
	for i, c := range s.buckets {
		if n := 8 - countEmpty(c[0]); len(c) == 1 && n > most {
			target, most = i, n
		}
	}
	for _, k := range colliding(r, 3, uintptr(target), 100, 18-most) {
		r.assign(k, k*10)
	}
	s = r.state()
	must(s.count == 36+18-most && s.count <= 52 && s.B == 3, "int-delete: count %d", s.count)
	chain := s.buckets[target]
	must(len(chain) == 3 && countEmpty(chain[2]) == 6, "int-delete: chain of %d", len(chain))
	b0, b1, b2 := chain[0], chain[1], chain[2]

	r.delete(b0.keys[3]) // middle of the first bucket: emptyOne
	must(b0.tophash[3] == emptyOne, "int-delete: no emptyOne")
	r.delete(b1.keys[7]) // last slot of the middle bucket, the next bucket is not empty: emptyOne
	r.delete(b1.keys[6])
	must(b1.tophash[7] == emptyOne && b1.tophash[6] == emptyOne, "int-delete: b1 %v", b1.tophash)
	r.lookup(b1.keys[7]) // the stale key of a deleted slot is not found
	r.delete(b2.keys[1]) // the last entry of the chain: emptyRest
	must(b2.tophash[1] == emptyRest && b2.tophash[0] >= minTopHash, "int-delete: b2 %v", b2.tophash)
	r.delete(b2.keys[0]) // emptyRest runs back into the previous bucket
	must(b2.tophash[0] == emptyRest && b1.tophash[7] == emptyRest && b1.tophash[6] == emptyRest &&
		b1.tophash[5] >= minTopHash, "int-delete: no emptyRest run across buckets: %v %v", b1.tophash, b2.tophash)

	// A bucket without overflow: delete a middle entry, then the last one (emptyRest runs back).
	for i, c := range r.state().buckets {
		if i == target || len(c) != 1 || 8-countEmpty(c[0]) < 4 {
			continue
		}
		b := c[0]
		last := 0
		for j, t := range b.tophash {
			if t >= minTopHash {
				last = j
			}
		}
		r.delete(b.keys[last-1])
		must(b.tophash[last-1] == emptyOne, "int-delete: no emptyOne before last")
		r.delete(b.keys[last])
		must(b.tophash[last] == emptyRest && b.tophash[last-1] == emptyRest, "int-delete: no emptyRest run")
		break
	}

	// Slot reuse: a new colliding key takes the first empty slot of the chain (b0 slot 3), the
	// next one the emptyRest slot 6 of b1.
	ks := colliding(r, 3, uintptr(target), 1000, 2)
	r.assign(ks[0], -ks[0])
	must(b0.keys[3] == ks[0] && b0.tophash[3] >= minTopHash, "int-delete: slot 3 not reused")
	r.assign(ks[1], -ks[1])
	must(b1.keys[6] == ks[1], "int-delete: slot 6 not reused")

	// Overwrites and lookups.
	for _, k := range []int{0, 7, ks[0], 35} {
		if _, in := r.shadow[k]; in {
			r.assign(k, k+1)
		}
	}
	r.lookup(7)
	r.lookup(99999)

	// Delete everything: the delete that empties the map draws a new hash0 (fastrand).
	for _, k := range sortedKeys(r.shadow) {
		r.delete(k)
	}
	s = r.state()
	must(s.count == 0 && s.hash0 != seed, "int-delete: count %d hash0 %08x", s.count, s.hash0)
	for i := 0; i < 5; i++ {
		r.assign(500+i, i)
	}
	r.lookup(500)
	r.lookup(0)
	return r.golden()
}

func countEmpty[K comparable, V any](b *bmap[K, V]) int {
	n := 0
	for _, t := range b.tophash {
		if t < minTopHash {
			n++
		}
	}
	return n
}

func intSameSize(seed uint32) []byte {
	const window = 24
	r := newRecorder[int, int]("int-samesize", fmt.Sprintf("map[int]int churn at B=2: insert key i, delete key i-%d, until "+
		"overflow buckets trigger a same-size growth (flags&8), which completes; then a few more rounds.", window), nil)
	r.make(seed)
	for i := 0; i < window; i++ {
		r.assign(i, i)
	}
	sawSameSize, completed, after := false, false, 0
	for i := window; after < 6; i++ {
		must(i < 5000, "int-samesize: no same-size growth")
		r.assign(i, i)
		if r.last.flags&flagSameSizeGrow != 0 {
			must(r.last.B == 2, "int-samesize: B %d", r.last.B)
			sawSameSize = true
		}
		r.delete(i - window)
		if sawSameSize && !r.last.growing() {
			completed = true
		}
		if completed {
			after++
		}
	}
	return r.golden()
}

func intHint(hint int, seed uint32) []byte {
	h := hint
	r := newRecorder[int, int]("int-hint-"+strconv.Itoa(hint), fmt.Sprintf("make(map[int]int, hint) with a variable hint of %d "+
		"(makemap chooses B; from B=4 on makeBucketArray preallocates overflow buckets after the 2^B buckets), then a few inserts.",
		hint), &h)
	r.make(seed)
	s := r.last
	// makemap: the smallest B with hint <= 6.5*2^B (or hint <= 8); negative hints and hints
	// whose bucket memory overflows count as 0.
	wantB := map[int]uint8{-1: 0, 0: 0, 8: 0, 9: 1, 13: 1, 14: 2, 26: 2, 27: 3, 100: 4, 1000: 8, -1 << 30: 0}[hint]
	must(s.B == wantB && (s.B >= 4) == (s.nextOverflow >= 0), "int-hint %d: B %d nextOverflow %d", hint, s.B, s.nextOverflow)
	for i := 0; i < 5; i++ {
		r.assign(i*7, i)
	}
	r.lookup(7)
	r.lookup(8)
	return r.golden()
}

func intPrealloc(seed uint32) []byte {
	h := 100
	r := newRecorder[int, int]("int-prealloc", "make(map[int]int, 100) (B=4 plus preallocated overflow buckets), 25 keys chosen "+
		"to share one bucket: its overflow chain takes both preallocated buckets (the last one's sentinel overflow pointer "+
		"is reset, nextOverflow becomes nil), then a newly allocated one.", &h)
	r.make(seed)
	s := r.last
	must(s.B == 4 && s.nextOverflow == 16, "int-prealloc: B %d nextOverflow %d", s.B, s.nextOverflow)
	base := uintptr(r.h.buckets)
	size := unsafe.Sizeof(bmap[int, int]{})
	var nexts []int
	for _, k := range colliding(r, 4, 5, 0, 25) {
		r.assign(k, k)
		if n := r.last.nextOverflow; len(nexts) == 0 || nexts[len(nexts)-1] != n {
			nexts = append(nexts, n)
		}
	}
	chain := r.state().buckets[5]
	must(len(chain) == 4 && uintptr(unsafe.Pointer(chain[1])) == base+16*size && uintptr(unsafe.Pointer(chain[2])) == base+17*size &&
		(uintptr(unsafe.Pointer(chain[3])) < base || uintptr(unsafe.Pointer(chain[3])) >= base+18*size),
		"int-prealloc: chain does not use the preallocated buckets")
	must(fmt.Sprint(nexts) == "[16 17 -1]", "int-prealloc: nextOverflow went %v", nexts)
	r.lookup(chain[3].keys[0])
	return r.golden()
}

// pattern returns n bytes of a fixed pattern (salt varies it) that includes quotes,
// backslashes, control characters and bytes >= 0x80.
func pattern(n, salt int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*157 + salt*31 + (i*i)>>3 + 0x21)
	}
	return string(b)
}

func stringGrowth(seed uint32) []byte {
	r := newRecorder[string, int]("string-growth", "map[string]int (the faststr paths): keys k0..k120 and keys of lengths "+
		"0,1,3,4,7,8,15,16,17,47,48,49,100 (every memhashFallback branch), growth to B=5, deletes while growing (a "+
		"deleted slot keeps its key's length, only the data pointer is cleared) and evacuated old buckets cleared.", nil)
	r.make(seed)
	long := []int{0, 1, 3, 4, 7, 8, 15, 16, 17, 47, 48, 49, 100}
	deletedWhileGrowing, nilKeySlot, clearedOld := false, false, false
	observe := func() {
		s := r.last
		for _, c := range s.buckets {
			for _, b := range c {
				for i, t := range b.tophash {
					hdr := (*[2]uintptr)(unsafe.Pointer(&b.keys[i]))
					if t <= emptyOne && hdr[0] == 0 && hdr[1] != 0 {
						nilKeySlot = true
					}
				}
			}
		}
		for _, c := range s.oldbuckets {
			if c[0].tophash[0] > emptyOne && c[0].tophash[0] < minTopHash && c[0].tophash[0] != evacuatedEmpty {
				if hdr := (*[2]uintptr)(unsafe.Pointer(&c[0].keys[0])); hdr[0] == 0 && hdr[1] == 0 {
					clearedOld = true
				}
			}
		}
	}
	for i := 0; i <= 120; i++ {
		r.assign("k"+strconv.Itoa(i), i)
		observe()
		if i%10 == 5 {
			n := long[(i/10)%len(long)]
			r.assign(pattern(n, n), -n)
			observe()
		}
		if i >= 20 && i%6 == 0 {
			r.delete("k" + strconv.Itoa(i-13))
			deletedWhileGrowing = deletedWhileGrowing || r.last.growing()
			observe()
		}
		if i%11 == 3 {
			r.lookup("k" + strconv.Itoa(i/2))
			r.lookup("k" + strconv.Itoa(i+500))
		}
	}
	for _, n := range long[12:] {
		r.assign(pattern(n, n), -n)
	}
	for _, n := range long {
		r.lookup(pattern(n, n))
		r.lookup(pattern(n, n+1))
	}
	for _, n := range []int{0, 8, 17, 48, 100} {
		r.delete(pattern(n, n))
		observe()
	}
	r.lookup("")
	s := r.state()
	must(s.B == 5 && deletedWhileGrowing && nilKeySlot && clearedOld, "string-growth: B %d, delete while growing %t, nil key %t, cleared old %t",
		s.B, deletedWhileGrowing, nilKeySlot, clearedOld)
	return r.golden()
}

func structKeys(seed uint32) []byte {
	r := newRecorder[skey, int]("struct-keys", "map[struct { A int32; B string }]int (generic mapassign/mapdelete, "+
		"the compiler-generated hasher): 70 keys with growth to B=4, deletes (which clear the whole key) also while growing, lookups.", nil)
	r.make(seed)
	deletedWhileGrowing := false
	for i := 0; i < 70; i++ {
		r.assign(skey{int32(i), "s" + strconv.Itoa(i)}, i)
		if i >= 30 && i%3 == 0 {
			r.delete(skey{int32(i - 9), "s" + strconv.Itoa(i-9)})
			deletedWhileGrowing = deletedWhileGrowing || r.last.growing()
		}
		if i%7 == 2 {
			r.lookup(skey{int32(i / 2), "s" + strconv.Itoa(i/2)})
			r.lookup(skey{int32(i / 2), "s" + strconv.Itoa(i/2+1)})
		}
	}
	r.assign(skey{-1, ""}, -1)
	r.assign(skey{5, pattern(40, 5)}, 55)
	r.delete(skey{3, "s3"})
	r.lookup(skey{3, "s3"})
	r.lookup(skey{-1, ""})
	must(r.last.B == 4 && deletedWhileGrowing, "struct-keys: B %d delete while growing %t", r.last.B, deletedWhileGrowing)
	return r.golden()
}

func floatKeys(seed uint32) []byte {
	r := newRecorder[float64, string]("float-keys", "map[float64]string (generic paths, f64hash): +0 then -0 (the same key; "+
		"the stored key is overwritten with -0's bits), infinities, a subnormal, growth to B=3, deletes and lookups. No NaN.", nil)
	r.make(seed)
	negZero := math.Copysign(0, -1)
	r.assign(0, "zero")
	r.assign(negZero, "negative zero")
	s := r.state()
	must(math.Float64bits(s.buckets[0][0].keys[0]) == 1<<63, "float-keys: key not updated to -0")
	r.lookup(0)
	specials := []float64{1, -1.5, 1e300, math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, math.MaxFloat64, 0.1, -0.1, 1 << 53}
	for i, f := range specials {
		r.assign(f, "s"+strconv.Itoa(i))
	}
	for i := 1; i <= 24; i++ {
		r.assign(float64(i)*0.25, strconv.Itoa(i))
		if i%5 == 0 {
			r.lookup(float64(i) * 0.125)
			r.delete(float64(i-2) * 0.25)
		}
	}
	r.delete(0) // deletes the -0 key
	r.lookup(negZero)
	r.assign(0, "zero again")
	r.lookup(negZero)
	r.lookup(math.Inf(1))
	must(r.last.B == 3, "float-keys: B %d", r.last.B)
	return r.golden()
}

// notSeen returns the smallest key in the map that iterator id has not returned, or false.
func notSeen(r *recorder[int, int], id int) (int, bool) {
	for _, k := range sortedKeys(r.shadow) {
		if !r.iters[id].seen[k] {
			return k, true
		}
	}
	return 0, false
}

func iterGrowth(seed uint32) []byte {
	r := newRecorder[int, int]("iter-growth", "map[int]int: an iterator started while the map grows from B=2 to B=3 "+
		"(it walks the new array and, for buckets not yet evacuated, the old bucket, keeping only the keys that go to "+
		"its bucket: checkBucket), interleaved with inserts of new keys and deletes of keys not yet returned.", nil)
	r.make(seed)
	r.pin(3, 4)
	for i := 0; i < 27; i++ {
		r.assign(i, i*10)
	}
	s := r.last
	must(s.B == 3 && s.growing(), "iter-growth: not growing")
	id, _, more := r.iterInit()
	next := 100
	for n := 0; more; n++ {
		if n%3 == 2 {
			r.assign(next, next*10)
			next++
		}
		if n%4 == 1 {
			if k, ok := notSeen(r, id); ok {
				r.delete(k)
			}
		}
		if n == 6 {
			r.delete(0)
		}
		_, more = r.iterNext(id)
	}
	must(r.iters[id].checked, "iter-growth: no checkBucket entry")
	return r.golden()
}

func iterGrowthStart(seed uint32) []byte {
	r := newRecorder[int, int]("iter-growth-start", "map[int]int: an iterator started at B=2 just before an insert starts "+
		"the growth to B=3; it keeps walking the old array, and entries already evacuated are looked up in the new "+
		"table (mapaccessK); inserts and deletes of keys not yet returned are interleaved.", nil)
	r.make(seed)
	r.pin(3, 5)
	for i := 0; i < 26; i++ {
		r.assign(i, i*10)
	}
	must(r.last.B == 2 && !r.last.growing(), "iter-growth-start: B %d", r.last.B)
	id, _, _ := r.iterInit()
	r.iterNext(id)
	r.assign(26, 260)
	must(r.last.growing() && r.last.flags&flagOldIterator != 0, "iter-growth-start: no growth")
	next := 100
	for n := 0; ; n++ {
		if _, ok := r.iterNext(id); !ok {
			break
		}
		if n%2 == 0 {
			r.assign(next, next*10)
			next++
		}
		if n%3 == 1 {
			if k, ok := notSeen(r, id); ok {
				r.delete(k)
			}
		}
	}
	must(r.iters[id].viaOld, "iter-growth-start: no entry from an evacuated slot")
	return r.golden()
}

func iterInterleaved(seed uint32) []byte {
	r := newRecorder[int, int]("iter-interleaved", "map[int]int: two iterators interleaved over a map at B=2 whose growth "+
		"to B=3 starts between their steps, with inserts and deletes.", nil)
	r.make(seed)
	r.pin(3, 1)
	r.pin(1, 3)
	for i := 0; i < 20; i++ {
		r.assign(i, i*10)
	}
	a, _, _ := r.iterInit()
	r.iterNext(a)
	r.iterNext(a)
	b, _, _ := r.iterInit()
	next, grewDuring := 100, false
	doneA, doneB := false, false
	for n := 0; !doneA || !doneB; n++ {
		if !doneA {
			_, ok := r.iterNext(a)
			doneA = !ok
		}
		if !doneB && n%2 == 0 {
			_, ok := r.iterNext(b)
			doneB = !ok
		} else if !doneB && doneA {
			_, ok := r.iterNext(b)
			doneB = !ok
		}
		if n < 10 {
			r.assign(next, next*10)
			next++
			grewDuring = grewDuring || (r.last.growing() && !doneA && !doneB)
		}
		if n == 4 {
			if k, ok := notSeen(r, b); ok {
				r.delete(k)
			}
		}
	}
	must(grewDuring, "iter-interleaved: no growth during the iteration")
	return r.golden()
}

func iterClear(seed uint32) []byte {
	r := newRecorder[int, int]("iter-clear", "map[int]int: an iterator started at B=2, an insert that starts the growth "+
		"to B=3 (the iterator keeps walking the old array), then clear (runtime.mapclear drops h.oldbuckets but "+
		"leaves the old array untouched), then the iterator runs to the end: entries of old buckets not yet "+
		"evacuated are returned although the map is empty.", nil)
	r.make(seed)
	r.pin(3, 2)
	for i := 0; i < 26; i++ {
		r.assign(i, i*10)
	}
	id, _, _ := r.iterInit()
	r.iterNext(id)
	r.iterNext(id)
	r.assign(26, 260)
	must(r.last.growing(), "iter-clear: not growing")
	r.iterNext(id)
	r.clear()
	for {
		if _, ok := r.iterNext(id); !ok {
			break
		}
	}
	must(len(r.iters[id].stale) > 0, "iter-clear: no stale entry")
	return r.golden()
}

func iterClearOverflow(seed uint32) []byte {
	r := newRecorder[int, int]("iter-clear-overflow", "map[int]int at B=1 with an overflow bucket: the iterator is inside "+
		"the overflow bucket when clear runs; mapclear zeroes the bucket array only, so the iterator returns the "+
		"rest of the (uncleared) overflow bucket, then finds nothing more.", nil)
	r.make(seed)
	r.pin(1, 7)
	// 12 keys in bucket 0 and one in bucket 1 of B=1 (the 9th insert grows from B=0).
	var keys []int
	for k := 0; len(keys) < 12; k++ {
		if r.bucketOf(k, 1) == 0 {
			keys = append(keys, k)
		}
	}
	keys = append(keys, colliding(r, 1, 1, 0, 1)...)
	for _, k := range keys {
		r.assign(k, k*10)
	}
	s := r.state()
	must(s.B == 1 && !s.growing() && len(s.buckets[0]) == 2, "iter-clear-overflow: layout")
	ovf := s.buckets[0][1]
	id, _, more := r.iterInit()
	for {
		it := r.iters[id].it
		// Inside the overflow bucket with entries left to return?
		if more && it.bptr == unsafe.Pointer(ovf) {
			left := false
			for i := it.i; i < bucketCnt; i++ {
				if ovf.tophash[(i+it.offset)&(bucketCnt-1)] >= minTopHash {
					left = true
				}
			}
			if left {
				break
			}
		}
		if _, more = r.iterNext(id); !more {
			panic("iter-clear-overflow: iterator never inside the overflow bucket")
		}
	}
	r.clear()
	for {
		if _, ok := r.iterNext(id); !ok {
			break
		}
	}
	must(len(r.iters[id].stale) > 0, "iter-clear-overflow: no stale entry")
	return r.golden()
}

func iterClearPlain(seed uint32) []byte {
	r := newRecorder[int, int]("iter-clear-plain", "map[int]int at B=1 without overflow buckets: clear during an iteration "+
		"zeroes the bucket array the iterator walks, so the iteration ends without returning anything more.", nil)
	r.make(seed)
	r.pin(1, 1)
	// Five keys for each bucket of B=1 (the 9th insert grows from B=0).
	keys := append(colliding(r, 1, 0, 0, 5), colliding(r, 1, 1, 0, 5)...)
	sort.Ints(keys)
	for _, k := range keys {
		r.assign(k, k*10)
	}
	must(r.last.B == 1 && r.last.noverflow == 0, "iter-clear-plain: layout")
	id, _, _ := r.iterInit()
	r.iterNext(id)
	r.clear()
	for {
		if _, ok := r.iterNext(id); !ok {
			break
		}
	}
	must(len(r.iters[id].stale) == 0, "iter-clear-plain: stale entries")
	return r.golden()
}
