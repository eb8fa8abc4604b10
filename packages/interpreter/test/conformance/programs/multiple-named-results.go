// Multiple results, named results with bare returns, and passing results along.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func minmax(xs ...int) (min, max int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max, nil
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func takes(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(minmax(3, 9, -2, 5))
	_, _, err := minmax()
	fmt.Println(err)
	fmt.Println(shadow())
	fmt.Println(takes(three()))
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 100
	fmt.Println(i, arr)
	var m = map[string]int{}
	m["a"], m["b"] = divmod(9, 4)
	fmt.Println(m)
	_, second := swap("first", "second")
	fmt.Println(second)
}
