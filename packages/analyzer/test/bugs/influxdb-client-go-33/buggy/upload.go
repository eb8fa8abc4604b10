package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var errTooLarge = errors.New("chunk exceeds limit")

// uploader pushes file chunks; finish waits for every push in progress.
type uploader struct {
	inflight sync.WaitGroup
	limit    int
	put      func(offset int, data []byte) error

	mu     sync.Mutex
	offset int
}

func (u *uploader) push(data []byte) error {
	u.inflight.Add(1)
	if len(data) > u.limit {
		return errTooLarge
	}
	u.mu.Lock()
	at := u.offset
	u.offset += len(data)
	u.mu.Unlock()
	if err := u.put(at, data); err != nil {
		return fmt.Errorf("chunk at %d: %w", at, err)
	}
	u.inflight.Done()
	return nil
}

func (u *uploader) finish() {
	u.inflight.Wait()
}

func main() {
	calls := 0
	u := &uploader{limit: 8, put: func(offset int, data []byte) error {
		calls++
		if calls == 2 {
			return errors.New("connection reset")
		}
		return nil
	}}
	for _, chunk := range []string{"header", "body-one", "an oversized trailer"} {
		fmt.Println("push:", u.push([]byte(chunk)))
	}

	done := make(chan struct{})
	go func() {
		u.finish()
		close(done)
	}()
	select {
	case <-done:
		fmt.Println("upload finished")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("finish still waiting after 200ms")
	}
}
