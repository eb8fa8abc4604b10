package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

type snapshotReport struct {
	volume string
	bytes  int64
	err    error
}

// takeSnapshot copies a volume; it notices cancellation only now and then,
// the way a slow copy does.
func takeSnapshot(ctx context.Context, volume string) snapshotReport {
	for chunk := 0; chunk < 10; chunk++ {
		time.Sleep(3 * time.Millisecond)
		if ctx.Err() != nil {
			return snapshotReport{volume: volume, err: ctx.Err()}
		}
	}
	return snapshotReport{volume: volume, bytes: 10 << 20}
}

// backupLoop snapshots the volume on every tick until quit is closed.
func backupLoop(volume string, every time.Duration, quit <-chan struct{}, keep func(snapshotReport)) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-quit:
			return
		case <-tick.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		reports := make(chan snapshotReport)
		go func() {
			reports <- takeSnapshot(ctx, volume)
		}()
		select {
		case r := <-reports:
			keep(r)
			cancel()
		case <-quit:
			cancel() // abort the copy, but do not wait for it
			return
		}
	}
}

func main() {
	start := runtime.NumGoroutine()
	for _, vol := range []string{"pgdata", "uploads", "logs"} {
		quit := make(chan struct{})
		stopped := make(chan struct{})
		go func(vol string) {
			backupLoop(vol, time.Millisecond, quit, func(snapshotReport) {})
			close(stopped)
		}(vol)
		time.Sleep(10 * time.Millisecond) // shut down in the middle of a copy
		close(quit)
		<-stopped
	}
	time.Sleep(60 * time.Millisecond)
	fmt.Printf("goroutines: %d at start, %d after shutdown\n", start, runtime.NumGoroutine())
}
