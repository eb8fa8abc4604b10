// Conversions between integer types truncate or sign-extend; float to int truncates.
package main

import "fmt"

func main() {
	var big int64 = 0x1234567890ABCDEF
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	fmt.Printf("%x %x %x\n", uint8(big), uint16(big), uint32(big))
	var neg int64 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var n8 int8 = -5
	fmt.Println(uint8(n8), int16(n8), uint16(n8), uint64(n8))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int64(u8), int8(u8)+int8(u8))
	var u32 uint32 = 3000000000
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9), uint8(int(f)))
	g := -7.5
	fmt.Println(int(g), int32(g))
	h := 1e10
	fmt.Println(int64(h), uint32(uint64(h)))
	var i int = 65
	fmt.Println(string(rune(i)), float64(i)/2, float32(i)/3)
	var x uint16 = 0xABCD
	fmt.Println(byte(x), byte(x>>8))
	var r rune = 0x1F600
	fmt.Println(int16(r), uint16(r))
	var c int = 300
	fmt.Println(byte(c), int8(c))
	maxU32, minI16 := uint32(1<<32-1), int16(-32768)
	fmt.Println(maxU32+1, minI16-1)
}
