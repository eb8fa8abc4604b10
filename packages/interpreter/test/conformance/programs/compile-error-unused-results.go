// Does not compile: expressions evaluated only for their value, not used. A call whose result
// is dropped (fmt.Sprintf here) is not a compile error: only go vet reports it.
package main

import "fmt"

func f() int { return 1 }

func main() {
	x := 1
	x == 1
	x + 2
	"literal"
	len("abc")
	fmt.Sprintf("%d", x)
	f
	append([]int{}, 1)
}
