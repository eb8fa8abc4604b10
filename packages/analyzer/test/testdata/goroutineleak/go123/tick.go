// From go1.23 (in the main module's go.mod) a ticker nothing refers to is garbage collected,
// stopped or not: time.Tick is fine wherever it is called.
package go123

import "time"

func pollUntil(d time.Duration, done func() bool) {
	for range time.Tick(d) {
		if done() {
			return
		}
	}
}

func waitTicks(n int) int {
	fired := 0
	for i := 0; i < n; i++ {
		select {
		case <-time.Tick(time.Hour):
			fired++
		default:
		}
	}
	return fired
}
