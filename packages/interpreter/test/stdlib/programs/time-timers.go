// Go's own time package on the virtual clock: a timer that fires while every goroutine sleeps,
// tickers, AfterFunc, Stop and Reset, time.After in a select, context deadlines.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	time.Sleep(200 * time.Millisecond)
	fmt.Println("ok", len(t.C))

	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticks after", time.Since(start).Round(10*time.Millisecond))

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "after func" })
	fmt.Println(<-done)

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending", t2.Stop(), "stop again", t2.Stop())
	fmt.Println("reset stopped", t2.Reset(time.Millisecond))
	<-t2.C
	fmt.Println("fired after reset")

	f := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop func", f.Stop())

	c := make(chan int)
	select {
	case <-c:
		fmt.Println("no")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println("context", ctx.Err())

	d := time.Until(time.Now().Add(time.Minute)).Round(time.Second)
	fmt.Println("until", d)
}
