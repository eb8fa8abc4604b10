package moreleaks

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A test harness outside _test.go files fails the test as a test does (lnd's lntest).
type harness struct{ *testing.T }

func (h *harness) waitAnswer() {
	answer := make(chan error)
	go func() {
		answer <- probe(1)
	}()
	select {
	case <-answer:
	case <-time.After(time.Second):
		require.Fail(h, "no answer")
	}
}

func (h *harness) waitOrGiveUp() {
	answer := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 27 sends on unbuffered channel answer` MH013
		answer <- probe(1)
	}()
	select {
	case <-answer:
	case <-time.After(time.Second):
		h.Log("no answer yet")
	}
}
