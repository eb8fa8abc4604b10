// The builtin print and println write to stderr in their own formats.
package main

func main() {
	println("hello", 42, true, -7)
	println(3.5, float32(0.1), 1e100, -0.0)
	print("no", "spaces", 1, 2, "\n")
	var p *int
	println(p == nil, nil == p)
	var i8 int8 = -128
	var u64 uint64 = 1<<64 - 1
	println(i8, u64, 'x', byte('y'))
	println(2+3i)
	println()
	println("end")
}
