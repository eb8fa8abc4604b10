package moreleaks

import (
	"time"

	. "github.com/onsi/ginkgo/v2"
)

// Ginkgo's Fail ends the spec as failed: a goroutine left blocked on that path leaks only in
// a run that fails anyway. Not reported.
var _ = It("answers before the deadline", func() {
	done := make(chan error)
	go func() {
		done <- probe(1)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		Fail("no answer")
	}
})

// The same spec giving up without failing leaves the sender blocked.
var _ = It("answers or moves on", func() {
	done := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 26 sends on unbuffered channel done` MH013
		done <- probe(1)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		GinkgoWriter.Println("no answer yet")
	}
})
