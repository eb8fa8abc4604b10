// conformance:runs 5
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
		}
		if i > 1000000 {
			out <- "too many"
			return
		}
		time.Sleep(time.Millisecond)
	}
}

type ctxKey string

func handler(ctx context.Context) string {
	user, ok := ctx.Value(ctxKey("user")).(string)
	if !ok {
		return "anonymous"
	}
	return user
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for msg := range out {
		_ = msg
		n++
	}
	fmt.Println("stopped workers:", n, ctx.Err())

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("should not happen")
	}

	vctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	fmt.Println(handler(vctx), handler(context.Background()))
	child, ccancel := context.WithCancel(vctx)
	fmt.Println(handler(child))
	ccancel()
	ccancel()
	<-child.Done()
	fmt.Println(child.Err(), vctx.Err())
	fmt.Println(context.Canceled.Error(), context.DeadlineExceeded.Error())
}
