// Sending on an unbuffered channel with no receiver in main: deadlock ([chan send]).
package main

import "fmt"

func main() {
	results := make(chan string)
	defer fmt.Println("deferred calls do not run on a fatal error")
	fmt.Println("sending")
	results <- "nobody listens"
	fmt.Println("not reached")
}
