// Fixed-width integer arithmetic wraps around in every width.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8)
	i8 = -128
	i8--
	fmt.Println("int8", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8 = 0
	u8--
	fmt.Println("uint8", u8)
	var i16 int16 = 32767
	i16 += 10
	fmt.Println("int16", i16)
	var u16 uint16 = 65535
	u16 *= 3
	fmt.Println("uint16", u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32)
	var u32 uint32 = 4294967295
	u32 += 2
	fmt.Println("uint32", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64", u64)
	var i int = 9223372036854775807
	i++
	fmt.Println("int", i)
	var uptr uintptr = 0
	uptr--
	fmt.Println("uintptr", uptr)
	// multiplication overflow
	var m32 int32 = 100000
	fmt.Println(m32 * m32)
	var m64 int64 = 3037000500
	fmt.Println(m64 * m64)
	var mu uint64 = 1 << 63
	fmt.Println(mu*2, mu+mu-1)
	// negation of the minimum
	var min8 int8 = -128
	fmt.Println(-min8, min8/-1)
	var min64 int64 = -9223372036854775808
	fmt.Println(-min64, min64/-1, min64%-1)
	// bitwise ops
	var b uint8 = 0xF0
	fmt.Println(^b, b&^0x30, b|0x0F, b^0xFF, b>>4, b<<1)
	var s int8 = -1
	fmt.Println(^s, s>>1, s<<7, uint8(s))
	var byteSum byte
	for k := 0; k < 300; k++ {
		byteSum += byte(k)
	}
	fmt.Println(byteSum)
	var r rune = 'é'
	fmt.Println(r, r+1, byte(r))
}
