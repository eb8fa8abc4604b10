package goroutineleak

import "time"

// slow stands for work that takes a while: the caller's other select cases are ready first.
func slow() string {
	time.Sleep(20 * time.Millisecond)
	return "slow"
}

func slowInt(i int) int {
	time.Sleep(20 * time.Millisecond)
	return i
}

func get(url string) string { return url }

func square(x int) int { return x * x }

var handled int

func handle(j int) { handled += j }
