package main

import (
	"fmt"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPowerOfTwo(x int) bool { return x > 0 && x&(x-1) == 0 }

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for i/64 >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (uint(i) % 64)
}

func (b BitSet) Has(i int) bool {
	return i/64 < len(b) && b[i/64]&(1<<(uint(i)%64)) != 0
}

func main() {
	for _, x := range []uint64{0, 1, 255, 1 << 63, 0xdeadbeef} {
		tz := 0
		for y := x; y != 0 && y&1 == 0; y >>= 1 {
			tz++
		}
		fmt.Printf("%#x: pop=%d tz=%d\n", x, popcount(x), tz)
	}
	for _, x := range []int{0, 1, 6, 64, 1023, 1024} {
		fmt.Print(isPowerOfTwo(x), " ")
	}
	fmt.Println()
	fmt.Printf("%08b -> %08b\n", 0b1101, reverseBits(0b1101))
	var x uint8 = 200
	x += 100
	fmt.Println(x, int8(x), ^x, -x)
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8/-1)
	var i32 int32 = -8
	fmt.Println(i32>>1, uint32(i32)>>1, i32<<28, i32%3, -7/2, -7%2, 7&^5)
	var r8 uint8 = 0b10010001
	fmt.Println(r8<<1|r8>>7, uint32(1)>>1|uint32(1)<<31)
	var bs BitSet
	for _, n := range []int{1, 5, 64, 130} {
		bs.Set(n)
	}
	fmt.Println(len(bs), bs.Has(5), bs.Has(6), bs.Has(130), bs.Has(1000))
	fmt.Printf("%b\n", bs[0])
	sh := 70
	fmt.Println(uint64(1)<<sh, int64(-1)>>sh, 1<<(sh-60))
	u := uint(3)
	u16 := uint16(0xFFFF)
	fmt.Println(^0, ^u == 1<<64-1-3, u16+1)
	flags := 0
	flags |= 1 << 3
	flags ^= 1 << 1
	flags ^= 1 << 1
	fmt.Printf("%d %b %t\n", flags, flags, flags&(1<<3) != 0)
	neg := -5
	fmt.Println(neg << 1, neg >> 1, uint8(neg))
	defer func() { fmt.Println("recovered:", recover()) }()
	sh = -1
	fmt.Println(1 << sh)
}
