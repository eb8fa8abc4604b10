// os.Exit(3) after a race: the program's status, no summary.
package main

import "os"

var x int

func main() {
	done := make(chan bool)
	go func() { x = 1; done <- true }()
	x = 2
	<-done
	os.Exit(3)
}
