package main

// Reading a map's internal state through the mirrors (never through Go map operations) and
// writing it as the golden's state object S:
//
//	{"count":n,"flags":n,"B":n,"noverflow":n,"hash0":"0x%08x","nevacuate":n,
//	 "buckets":null|[chain…],"oldbuckets":null|[chain…],
//	 "nextOverflow":null|n,"overflow":null|n,"oldoverflow":null|n}
//
// chain = the bucket at an index of the array followed by its overflow buckets;
// bucket = {"tophash":[8],"keys":[8],"elems":[8]}, every slot, stale data included.

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"unsafe"
)

// state is one reading of a map. The chains point into the live map, so they show the
// map as it is now, not as it was when the state was read; json is the reading's snapshot.
type state[K comparable, V any] struct {
	count        int
	flags        uint8
	B            uint8
	noverflow    uint16
	hash0        uint32
	nevacuate    uintptr
	buckets      [][]*bmap[K, V] // nil when h.buckets is nil
	oldbuckets   [][]*bmap[K, V] // nil when h.oldbuckets is nil
	nextOverflow int             // -1 when nil
	overflow     int             // -1 when nil
	oldoverflow  int             // -1 when nil
	json         string
}

// chains returns the 2^b chains of the bucket array at base.
func chains[K comparable, V any](base unsafe.Pointer, n uintptr) [][]*bmap[K, V] {
	size := unsafe.Sizeof(bmap[K, V]{})
	out := make([][]*bmap[K, V], n)
	for i := uintptr(0); i < n; i++ {
		b := (*bmap[K, V])(unsafe.Add(base, i*size))
		for b != nil {
			out[i] = append(out[i], b)
			if len(out[i]) > 10000 {
				panic("overflow chain does not end")
			}
			b = (*bmap[K, V])(b.overflow)
		}
	}
	return out
}

// readState reads h, whose type is map[K]V.
func readState[K comparable, V any](h *hmap) *state[K, V] {
	s := &state[K, V]{
		count: h.count, flags: h.flags, B: h.B, noverflow: h.noverflow, hash0: h.hash0,
		nevacuate: h.nevacuate, nextOverflow: -1, overflow: -1, oldoverflow: -1,
	}
	if h.buckets != nil {
		s.buckets = chains[K, V](h.buckets, 1<<h.B)
	}
	if h.oldbuckets != nil {
		oldB := h.B
		if h.flags&flagSameSizeGrow == 0 {
			oldB--
		}
		s.oldbuckets = chains[K, V](h.oldbuckets, 1<<oldB)
	}
	if x := h.extra; x != nil {
		if x.nextOverflow != nil {
			// nextOverflow points into the preallocated tail of h.buckets' array.
			size := unsafe.Sizeof(bmap[K, V]{})
			d := uintptr(x.nextOverflow) - uintptr(h.buckets)
			if uintptr(x.nextOverflow) < uintptr(h.buckets) || d%size != 0 || d/size < 1<<h.B {
				panic(fmt.Sprintf("nextOverflow %p is not in the overflow tail of buckets %p", x.nextOverflow, h.buckets))
			}
			s.nextOverflow = int(d / size)
		}
		if x.overflow != nil {
			s.overflow = len(*x.overflow)
		}
		if x.oldoverflow != nil {
			s.oldoverflow = len(*x.oldoverflow)
		}
	}
	s.json = s.encode()
	return s
}

func (s *state[K, V]) encode() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"count":%d,"flags":%d,"B":%d,"noverflow":%d,"hash0":%s,"nevacuate":%d`,
		s.count, s.flags, s.B, s.noverflow, hex32(s.hash0), s.nevacuate)
	b.WriteString(`,"buckets":`)
	encodeChains(&b, s.buckets)
	b.WriteString(`,"oldbuckets":`)
	encodeChains(&b, s.oldbuckets)
	for _, f := range []struct {
		name string
		v    int
	}{{"nextOverflow", s.nextOverflow}, {"overflow", s.overflow}, {"oldoverflow", s.oldoverflow}} {
		b.WriteString(`,"` + f.name + `":`)
		if f.v < 0 {
			b.WriteString("null")
		} else {
			b.WriteString(strconv.Itoa(f.v))
		}
	}
	b.WriteByte('}')
	return b.String()
}

func encodeChains[K comparable, V any](b *bytes.Buffer, cs [][]*bmap[K, V]) {
	if cs == nil {
		b.WriteString("null")
		return
	}
	kt := reflect.TypeOf((*K)(nil)).Elem()
	vt := reflect.TypeOf((*V)(nil)).Elem()
	b.WriteByte('[')
	for i, c := range cs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		for j, bk := range c {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"tophash":[`)
			for s, t := range bk.tophash {
				if s > 0 {
					b.WriteByte(',')
				}
				b.WriteString(strconv.Itoa(int(t)))
			}
			b.WriteString(`],"keys":[`)
			for s := range bk.keys {
				if s > 0 {
					b.WriteByte(',')
				}
				encodeAt(b, kt, unsafe.Pointer(&bk.keys[s]))
			}
			b.WriteString(`],"elems":[`)
			for s := range bk.elems {
				if s > 0 {
					b.WriteByte(',')
				}
				encodeAt(b, vt, unsafe.Pointer(&bk.elems[s]))
			}
			b.WriteString(`]}`)
		}
		b.WriteByte(']')
	}
	b.WriteByte(']')
}

// live returns the entries the state holds: filled slots of the current buckets and of old
// buckets that are not evacuated yet. Each key must occur once.
func (s *state[K, V]) live() map[K]V {
	out := map[K]V{}
	add := func(cs [][]*bmap[K, V]) {
		for _, c := range cs {
			for _, b := range c {
				for i, t := range b.tophash {
					if t >= minTopHash {
						if _, dup := out[b.keys[i]]; dup {
							panic(fmt.Sprintf("key %s is live twice", encode(b.keys[i])))
						}
						out[b.keys[i]] = b.elems[i]
					}
				}
			}
		}
	}
	add(s.buckets)
	add(s.oldbuckets)
	return out
}

// growing reports whether an evacuation is under way.
func (s *state[K, V]) growing() bool { return s.oldbuckets != nil }
