package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// document is edited in memory and written out periodically.
type document struct {
	mu     sync.Mutex
	title  string
	dirty  bool
	writes int
}

func (d *document) flush() {
	d.mu.Lock()
	if d.dirty {
		d.writes++
		d.dirty = false
	}
	d.mu.Unlock()
}

// autosaver flushes one document on a timer.
type autosaver struct {
	doc  *document
	tick *time.Ticker
	quit chan struct{}
}

func startAutosave(doc *document, every time.Duration) *autosaver {
	a := &autosaver{doc: doc, tick: time.NewTicker(every), quit: make(chan struct{})}
	go func() {
		defer a.tick.Stop()
		for {
			select {
			case <-a.tick.C:
				a.doc.flush()
			case <-a.quit:
				return
			}
		}
	}()
	return a
}

// close tells the loop to return; the loop stops its own ticker.
func (a *autosaver) close() {
	close(a.quit)
	a.doc.flush()
}

func main() {
	base := runtime.NumGoroutine()
	var savers []*autosaver
	for _, t := range []string{"notes.md", "todo.txt", "plan.org"} {
		doc := &document{title: t, dirty: true}
		savers = append(savers, startAutosave(doc, 3*time.Millisecond))
	}
	time.Sleep(15 * time.Millisecond)
	for _, a := range savers {
		a.close()
	}
	time.Sleep(40 * time.Millisecond)
	fmt.Printf("goroutines: %d before, %d after close\n", base, runtime.NumGoroutine())
}
