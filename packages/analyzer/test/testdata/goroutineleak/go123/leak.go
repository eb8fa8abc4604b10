package go123

// `for range n` runs n times: a buffer of n holds every send.
func firstOfN(n int, get func(int) int) int {
	ch := make(chan int)
	for i := range n {
		go func() { ch <- get(i) }() // want `leaves the receiving loop at line \d+ before all of them are received: .*make\(chan int, n\) gives`
	}
	for range n {
		if v := <-ch; v > 0 {
			return v
		}
	}
	return 0
}
