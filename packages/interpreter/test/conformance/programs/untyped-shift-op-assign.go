package main

import "fmt"

// A non-constant shift of an untyped constant takes the type the expression around it gets,
// also inside x op= y and under parentheses (image/jpeg's receiveExtend does this).
func extend(x int32, t uint8) int32 {
	s := int32(1) << t
	if x < s>>1 {
		x += ((-1) << t) + 1
	}
	return x
}

func main() {
	t := uint8(3)
	var x int32 = 5
	x += ((-1) << t) + 1
	var y int32 = 5
	y += (-1 << t) + 1
	var z int16 = 5
	z -= -1<<t + 1
	var u uint8 = 200
	u += 1<<t + 100
	fmt.Println(x, y, z, u, extend(2, 3), extend(6, 3))
}
