package main

import (
	"fmt"
	"strings"
	"sync"
)

// Warehouse counts units per SKU; SKUs look like "category:item".
type Warehouse struct {
	mu    sync.RWMutex
	units map[string]int
}

func (w *Warehouse) Receive(sku string, n int) {
	w.mu.Lock()
	w.units[sku] += n
	w.mu.Unlock()
}

func (w *Warehouse) Ship(sku string) {
	w.mu.Lock()
	if w.units[sku] <= 1 {
		delete(w.units, sku)
	} else {
		w.units[sku]--
	}
	w.mu.Unlock()
}

// duplicate makes a private copy so callers can work without the lock.
func duplicate(src map[string]int) map[string]int {
	dst := make(map[string]int, len(src))
	for sku, n := range src {
		dst[sku] = n
	}
	return dst
}

// ByCategory sums units per category.
func (w *Warehouse) ByCategory() map[string]int {
	totals := make(map[string]int)
	for sku, n := range duplicate(w.units) {
		cat := strings.SplitN(sku, ":", 2)[0]
		totals[cat] += n
	}
	return totals
}

func main() {
	w := &Warehouse{units: make(map[string]int)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 4000; i++ {
			sku := fmt.Sprintf("cat%d:item%d", i%3, i%250)
			w.Receive(sku, 2)
			if i%5 == 0 {
				w.Ship(sku)
			}
		}
	}()
	var last map[string]int
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		last = w.ByCategory()
	}
	fmt.Println("categories seen:", len(last))
}
