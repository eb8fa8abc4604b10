package othersync

import (
	sync "example.com/othersync/internal/fakesync"
)

// Here sync names another package: its WaitGroup is not sync.WaitGroup.
func notSyncPackage(items []int) {
	var wg sync.WaitGroup
	go func() {
		wg.Add(1)
		defer wg.Done()
	}()
	wg.Wait()
}
