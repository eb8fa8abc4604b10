// nil channels are never ready in select: used to switch cases off after a channel closes.
// conformance:runs 5
package main

import "fmt"

func producer(vals ...int) chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := producer(1, 2, 3)
	b := producer(10, 20)
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a closed")
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			sumB += v
		}
	}
	fmt.Println(sumA, sumB)
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("unexpected send")
	case <-nilCh:
		fmt.Println("unexpected receive")
	default:
		fmt.Println("nil channels are never ready")
	}
	out := make(chan int, 1)
	var in chan int
	pending := []int{5, 6}
	var got []int
	for len(got) < 2 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case sendCh <- next:
			pending = pending[1:]
		case v := <-out:
			got = append(got, v)
		case <-in:
			fmt.Println("never")
		}
	}
	fmt.Println(got)
}
