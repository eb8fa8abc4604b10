package goroutineleak

import (
	"testing"
	"time"
)

// Tests may use time.Tick: the test binary exits soon.
func TestTick(t *testing.T) {
	for range time.Tick(time.Millisecond) {
		return
	}
}
