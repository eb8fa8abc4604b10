// The fixed cost: start-up, parsing and checking (of fmt too), one line of output.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
