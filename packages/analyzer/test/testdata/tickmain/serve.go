package main

import (
	"errors"
	"time"
)

func listen() error { return errors.New("closed") }

// serve is called once, by main: when it gives up waiting, main returns and the process
// ends, blocked sender and all (tailscale's containerboot run).
func serve(stop <-chan struct{}) error {
	errs := make(chan error)
	go func() {
		errs <- listen()
	}()
	select {
	case err := <-errs:
		return err
	case <-stop:
		return nil
	}
}

// probe is called in main's loop: every call that times out leaves a sender behind.
func probe() error {
	errs := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 28 sends on unbuffered channel errs` MH013
		errs <- listen()
	}()
	select {
	case err := <-errs:
		return err
	case <-time.After(time.Millisecond):
		return nil
	}
}
