// os.Exit(0) after a race: as at the end of main, the summary and exit status 66.
package main

import "os"

var x int

func main() {
	done := make(chan bool)
	go func() { x = 1; done <- true }()
	x = 2
	<-done
	os.Exit(0)
}
