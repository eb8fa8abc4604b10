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

// writeTo stores one record and reports a failure, if any, on failed.
func writeTo(s store, key string, val []byte, failed chan error) {
	if err := s.put(key, val); err != nil {
		failed <- err
	}
}

// replicate writes the record to both stores at once and returns the first
// failure.
func replicate(primary, mirror store, key string, val []byte) error {
	failed := make(chan error)
	go writeTo(primary, key, val, failed)
	go writeTo(mirror, key, val, failed)
	return <-failed
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
