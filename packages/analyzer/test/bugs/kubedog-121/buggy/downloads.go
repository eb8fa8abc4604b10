package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type job struct {
	ctx    context.Context
	cancel context.CancelFunc
	tries  int
}

// downloader keeps a job per URL so a caller can cancel any of them.
type downloader struct {
	mu     sync.Mutex
	jobs   map[string]*job
	status map[string]string
	wg     sync.WaitGroup
}

// startAll registers and launches every download while holding mu.
func (d *downloader) startAll(parent context.Context, urls []string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, u := range urls {
		ctx, cancel := context.WithTimeout(parent, time.Second)
		d.jobs[u] = &job{ctx: ctx, cancel: cancel, tries: 3}
		d.wg.Add(1)
		go d.fetch(u)
	}
}

func (d *downloader) fetch(u string) {
	defer d.wg.Done()
	j := d.jobs[u] // read without mu while startAll is still inserting
	result := "done"
	select {
	case <-j.ctx.Done():
		result = "cancelled"
	case <-time.After(time.Duration(len(u)%4) * time.Microsecond):
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	j.cancel()
	delete(d.jobs, u)
	d.status[u] = result
}

func main() {
	d := &downloader{jobs: map[string]*job{}, status: map[string]string{}}
	var urls []string
	for i := 0; i < 400; i++ {
		urls = append(urls, fmt.Sprintf("https://files.test/blob/%d", i))
	}
	d.startAll(context.Background(), urls)
	d.wg.Wait()
	fmt.Println("finished:", len(d.status))
}
