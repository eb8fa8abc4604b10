package moreleaks

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// In a test, a goroutine that sends only errors, and only when something failed, blocks
// only in a run that fails anyway: not reported.
func TestProbeQuiet(t *testing.T) {
	errs := make(chan error)
	go func() {
		for i := 0; i < 3; i++ {
			if err := probe(i); err != nil {
				errs <- err
				return
			}
		}
	}()
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
}

// A result sent on every run, given up on only by a path that fails the test: not reported.
func TestProbeAnswers(t *testing.T) {
	answer := make(chan error)
	go func() {
		answer <- probe(1)
	}()
	select {
	case err := <-answer:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Second):
		t.Error("no answer")
	}
}

// The same given up on by a path that passes: the sender stays blocked after the test.
func TestProbeImpatient(t *testing.T) {
	answer := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 49 sends on unbuffered channel answer, but TestProbeImpatient can return without receiving from it \(the time.After case` MH013
		answer <- probe(1)
	}()
	select {
	case err := <-answer:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Millisecond):
		t.Log("no answer yet")
	}
}

// An assertion that the context's error is nil, where Done has fired, fails the test.
func TestProbeContext(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	answer := make(chan error)
	go func() {
		answer <- probe(1)
	}()
	select {
	case <-answer:
	case <-ctx.Done():
		require.NoError(t, ctx.Err())
	}
}

// Asserting something else there passes: the sender stays blocked.
func TestProbeContextLogged(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	answer := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 82 sends on unbuffered channel answer` MH013
		answer <- probe(1)
	}()
	select {
	case <-answer:
	case <-ctx.Done():
		require.NotNil(t, ctx)
	}
}

// Whatever the goroutine sends fails the test where it is received: a message it should
// never get. Not reported (nats.go's priority-group tests).
func TestProbeNeverAnswers(t *testing.T) {
	errs := make(chan error)
	quit := make(chan struct{})
	defer close(quit)
	go func() {
		for i := 0; ; i++ {
			if probe(i) != nil {
				return
			}
			errs <- probe(-i)
		}
	}()
	select {
	case err := <-errs:
		t.Fatal(err)
	case <-quit:
	default:
	}
}

// The same received and only logged: the sender stays blocked after the test.
func TestProbeAnswersLogged(t *testing.T) {
	errs := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 117 sends on unbuffered channel errs` MH013
		for i := 0; ; i++ {
			if probe(i) != nil {
				return
			}
			errs <- probe(-i)
		}
	}()
	select {
	case err := <-errs:
		t.Log(err)
	default:
	}
}
