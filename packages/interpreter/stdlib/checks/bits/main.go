// Compares stdlib/math/bits with Go's math/bits.
package main

import (
	"math/bits"
	"math/rand"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/math/bits"
)

func main() {
	r := rand.New(rand.NewSource(5))
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xffff, 1 << 31, 1<<32 - 1, 1 << 32, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	for i := 0; i < 2000; i++ {
		xs = append(xs, r.Uint64()>>uint(r.Intn(64)))
	}
	for i, x := range xs {
		y := xs[(i*31+7)%len(xs)]
		Eq("OnesCount", []int{my.OnesCount(uint(x)), my.OnesCount8(uint8(x)), my.OnesCount16(uint16(x)), my.OnesCount32(uint32(x)), my.OnesCount64(x)},
			[]int{bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x)})
		Eq("LeadingZeros", []int{my.LeadingZeros(uint(x)), my.LeadingZeros8(uint8(x)), my.LeadingZeros16(uint16(x)), my.LeadingZeros32(uint32(x)), my.LeadingZeros64(x)},
			[]int{bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x)})
		Eq("TrailingZeros", []int{my.TrailingZeros(uint(x)), my.TrailingZeros8(uint8(x)), my.TrailingZeros16(uint16(x)), my.TrailingZeros32(uint32(x)), my.TrailingZeros64(x)},
			[]int{bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x)})
		Eq("Len", []int{my.Len(uint(x)), my.Len8(uint8(x)), my.Len16(uint16(x)), my.Len32(uint32(x)), my.Len64(x)},
			[]int{bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x)})
		k := int(y%200) - 100
		Eq("RotateLeft", []uint64{uint64(my.RotateLeft(uint(x), k)), uint64(my.RotateLeft8(uint8(x), k)), uint64(my.RotateLeft16(uint16(x), k)), uint64(my.RotateLeft32(uint32(x), k)), my.RotateLeft64(x, k)},
			[]uint64{uint64(bits.RotateLeft(uint(x), k)), uint64(bits.RotateLeft8(uint8(x), k)), uint64(bits.RotateLeft16(uint16(x), k)), uint64(bits.RotateLeft32(uint32(x), k)), bits.RotateLeft64(x, k)})
		Eq("Reverse", []uint64{uint64(my.Reverse(uint(x))), uint64(my.Reverse8(uint8(x))), uint64(my.Reverse16(uint16(x))), uint64(my.Reverse32(uint32(x))), my.Reverse64(x)},
			[]uint64{uint64(bits.Reverse(uint(x))), uint64(bits.Reverse8(uint8(x))), uint64(bits.Reverse16(uint16(x))), uint64(bits.Reverse32(uint32(x))), bits.Reverse64(x)})
		Eq("ReverseBytes", []uint64{uint64(my.ReverseBytes(uint(x))), uint64(my.ReverseBytes16(uint16(x))), uint64(my.ReverseBytes32(uint32(x))), my.ReverseBytes64(x)},
			[]uint64{uint64(bits.ReverseBytes(uint(x))), uint64(bits.ReverseBytes16(uint16(x))), uint64(bits.ReverseBytes32(uint32(x))), bits.ReverseBytes64(x)})
		a1, a2 := my.Add64(x, y, uint64(i&1))
		b1, b2 := bits.Add64(x, y, uint64(i&1))
		Eq("Add64", []uint64{a1, a2}, []uint64{b1, b2})
		a1, a2 = my.Sub64(x, y, uint64(i&1))
		b1, b2 = bits.Sub64(x, y, uint64(i&1))
		Eq("Sub64", []uint64{a1, a2}, []uint64{b1, b2})
		a1, a2 = my.Mul64(x, y)
		b1, b2 = bits.Mul64(x, y)
		Eq("Mul64", []uint64{a1, a2}, []uint64{b1, b2})
		hi := x % 1000
		var q1, q2, r1, r2 uint64
		Eq("Div64 panic", Panic(func() { q1, r1 = my.Div64(hi, y, y) }), Panic(func() { q2, r2 = bits.Div64(hi, y, y) }))
		Eq("Div64", []uint64{q1, r1}, []uint64{q2, r2})
		Eq("Rem64", Panic(func() { r1 = my.Rem64(x, y, y) }), Panic(func() { r2 = bits.Rem64(x, y, y) }))
		Eq("Rem64 value", r1, r2)
		c1, c2 := my.Mul32(uint32(x), uint32(y))
		d1, d2 := bits.Mul32(uint32(x), uint32(y))
		Eq("Mul32", []uint32{c1, c2}, []uint32{d1, d2})
	}
	Eq("Div64 zero", Panic(func() { my.Div64(0, 1, 0) }), Panic(func() { bits.Div64(0, 1, 0) }))
	Eq("Div64 overflow", Panic(func() { my.Div64(5, 1, 3) }), Panic(func() { bits.Div64(5, 1, 3) }))
	Eq("UintSize", my.UintSize, bits.UintSize)
	Done("math/bits")
}
