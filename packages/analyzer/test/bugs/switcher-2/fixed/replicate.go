package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

type store interface {
	put(key string, val []byte) error
}

// writeTo stores one record and always reports the outcome on done.
func writeTo(s store, key string, val []byte, done chan error) {
	done <- s.put(key, val)
}

// replicate writes the record to both stores at once and returns the first
// failure.
func replicate(primary, mirror store, key string, val []byte) error {
	done := make(chan error, 1)
	go writeTo(primary, key, val, done)
	go writeTo(mirror, key, val, done)
	for i := 0; i < 2; i++ {
		if err := <-done; err != nil {
			return err // the buffer still has room for the other writer
		}
	}
	return nil
}

// fullDisk rejects every write.
type fullDisk struct{ name string }

func (d fullDisk) put(string, []byte) error {
	return errors.New(d.name + ": no space left on device")
}

func main() {
	start := runtime.NumGoroutine()
	for _, key := range []string{"order/1", "order/2", "order/3"} {
		err := replicate(fullDisk{"primary"}, fullDisk{"mirror"}, key, []byte("{}"))
		fmt.Println(key, "->", err)
	}
	time.Sleep(40 * time.Millisecond)
	fmt.Printf("goroutines: %d at start, %d after replicating\n", start, runtime.NumGoroutine())
}
