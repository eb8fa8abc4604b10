// os.Exit ends the program at once with the given code; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func cleanup(name string) { fmt.Println("cleanup", name) }

func main() {
	defer cleanup("main")
	func() {
		defer cleanup("inner, runs because the func returns normally")
	}()
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "a line on stderr before exit")
	if len(os.Args) > 5 {
		return
	}
	os.Exit(3)
}
