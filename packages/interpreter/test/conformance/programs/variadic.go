// Variadic functions: zero arguments, spreading a slice (which aliases it), mixing parameters.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func zero(nums ...int) {
	for i := range nums {
		nums[i] = 0
	}
}

func isNil(nums ...int) bool { return nums == nil }

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	zero(xs...)
	fmt.Println(xs)
	ys := []int{1, 2}
	zero(ys[0], ys[1])
	fmt.Println(ys)
	fmt.Println(isNil(), isNil([]int{}...), isNil(nil...))
	fmt.Println(describe("none"), describe("some", 1, "a", nil))
	args := []interface{}{1, 2}
	fmt.Println(describe("spread", args...))
	fmt.Println(describe("nested", args))
	fmt.Println(join("-", "a", "b", "c"), join("+"))
	f := func(a int, rest ...string) int { return a + len(rest) }
	fmt.Println(f(1), f(1, "x", "y"))
	fmt.Printf("%T\n", sum)
	fmt.Println(append([]int{}, xs...), append(xs[:1], 9))
}
