// An unrecovered panic with a fmt.Stringer value prints String(); panic(nil) is allowed in
// Go 1.19 and recover returns nil for it.
package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("level-%d", int(l)) }

func main() {
	func() {
		defer func() { fmt.Println("recover after panic(nil):", recover()) }()
		panic(nil)
	}()
	fmt.Println("still running")
	panic(Level(3))
}
