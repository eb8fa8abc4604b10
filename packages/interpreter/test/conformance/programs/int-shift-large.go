// Shifts by counts at or beyond the width; signed right shifts; shift count types.
package main

import "fmt"

func main() {
	var x uint8 = 0xFF
	var i8 int8 = -64
	var x32 uint32 = 1
	var x64 int64 = 1
	var neg int64 = -8
	for _, s := range []uint{0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 200} {
		fmt.Println(s, x<<s, x>>s, i8<<s, i8>>s, x32<<s, x64<<s, neg>>s)
	}
	var sc int = 3
	fmt.Println(1<<sc, x>>sc)
	var big uint64 = 1 << 63
	fmt.Println(big>>63, big>>64, int64(big)>>63, int64(big)>>100)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := -1
	fmt.Println(x << n)
}
