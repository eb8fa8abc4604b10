// Delivering messages to per-user inboxes kept in a map of channels.
package main

import "fmt"

func main() {
	inbox := map[string]chan string{
		"ana": make(chan string, 1),
	}
	deliver := func(to, msg string) {
		inbox[to] <- msg
	}
	deliver("ana", "hi ana")
	fmt.Println(<-inbox["ana"])
	deliver("bo", "hi bo") // bo has no inbox
	fmt.Println(<-inbox["bo"])
}
