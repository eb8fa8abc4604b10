// Does not compile: a value type lacks the methods declared on its pointer receiver, and a
// constant index out of range of an array.
package main

import "fmt"

type Shape interface{ Area() int }

type Square struct{ s int }

func (q *Square) Area() int { return q.s * q.s }

func main() {
	var s Shape = Square{2}
	fmt.Println(s.Area())
	arr := [3]int{}
	fmt.Println(arr[5])
}
