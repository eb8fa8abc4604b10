// Classic mistake: a map miss returns the zero value; for a channel that is nil, and
// receiving from a nil channel blocks forever. With nothing else running the runtime
// reports a deadlock, naming the wait reason "chan receive (nil chan)".
package main

import "fmt"

func main() {
	chans := map[string]chan int{"jobs": make(chan int, 1)}
	chans["jobs"] <- 1
	fmt.Println(<-chans["jobs"])
	results := chans["results"]
	fmt.Println("results is nil:", results == nil)
	v := <-results
	fmt.Println("never", v)
}
