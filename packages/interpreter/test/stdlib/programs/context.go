package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	child, cancel2 := context.WithCancel(ctx)
	defer cancel2()
	cancel()
	<-child.Done()
	fmt.Println(ctx.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	cancel()

	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	d, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(d) <= 50*time.Millisecond)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err())
	case <-time.After(time.Second):
		fmt.Println("after")
	}
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))

	vctx := context.WithValue(bg, key("user"), "ann")
	vctx2 := context.WithValue(vctx, key("id"), 7)
	fmt.Println(vctx2.Value(key("user")), vctx2.Value(key("id")), vctx2.Value(key("x")), vctx2.Value("user"))
	fmt.Println(vctx)

	dctx, dcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(dctx.Err())
	dcancel()

	results := make(chan int)
	wctx, wcancel := context.WithCancel(bg)
	for i := 0; i < 3; i++ {
		go func(i int) {
			for n := 0; ; n++ {
				select {
				case <-wctx.Done():
					results <- i
					return
				case <-time.After(time.Duration(i+1) * time.Millisecond):
				}
			}
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	wcancel()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("workers stopped", sum)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		//lint:ignore SA1012 testing the panic
		context.WithCancel(nil)
	}()
}
