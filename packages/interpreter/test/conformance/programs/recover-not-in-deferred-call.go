// recover only works when called directly by a deferred function, not deeper and not
// outside panicking; a second recover returns nil.
package main

import "fmt"

func helper() interface{} { return recover() }

func direct() {
	defer func() {
		fmt.Println("direct recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("p1")
}

func deferredHelper() {
	defer helperDeferred()
	panic("p2")
}

func helperDeferred() { fmt.Println("deferred named func recovers:", recover()) }

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer recovered: ", r)
		}
	}()
	defer func() {
		fmt.Println("helper called from deferred func gets:", helper())
	}()
	panic("p3")
}

func notPanicking() {
	defer func() { fmt.Println("deferred recover without panic:", recover()) }()
}

func deferRecoverDirectly() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught later: ", r)
		}
	}()
	defer recover()
	panic("p4")
}

func main() {
	fmt.Println("plain call:", recover(), helper())
	direct()
	deferredHelper()
	fmt.Println(indirect())
	notPanicking()
	fmt.Println(deferRecoverDirectly())
}
