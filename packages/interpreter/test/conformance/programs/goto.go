// goto: loops built from labels, jumping forward over blocks, and out of nested blocks.
package main

import "fmt"

func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func find(xs []int, target int) (idx int) {
	idx = -1
	for i, x := range xs {
		if x == target {
			idx = i
			goto done
		}
	}
	fmt.Println("not found:", target)
done:
	return
}

func main() {
	i := 0
top:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto top
	}
	fmt.Println()
	fmt.Println(gcd(48, 18), gcd(17, 5))
	fmt.Println(find([]int{4, 5, 6}, 5), find([]int{1}, 9))
	n := 10
	if n > 5 {
		goto big
	}
	fmt.Println("small")
	goto end
big:
	fmt.Println("big")
end:
	for j := 0; j < 3; j++ {
		if j == 1 {
			goto skip
		}
		fmt.Println("j", j)
	skip:
	}
	count := 0
retry:
	count++
	if count < 3 {
		fmt.Println("retry", count)
		goto retry
	}
	fmt.Println("done after", count)
}
