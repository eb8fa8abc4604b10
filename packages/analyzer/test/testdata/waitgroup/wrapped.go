package waitgroup

import (
	"log"
	"sync"
)

// goSafely runs f on a goroutine of its own, logging a panic instead of crashing.
func goSafely(f func()) {
	go func() {
		defer func() {
			if p := recover(); p != nil {
				log.Println("recovered:", p)
			}
		}()
		f()
	}()
}

// flushAll counts each flush inside the goroutine goSafely starts: Wait can run first.
func flushAll(parts []string) {
	var wg sync.WaitGroup
	for _, p := range parts {
		p := p
		goSafely(func() {
			wg.Add(1) // want `wg.Add called inside the goroutine it counts, which goSafely starts.*call wg.Add before goSafely` MH011
			defer wg.Done()
			log.Println(p)
		})
	}
	wg.Wait()
}

// flushAllCounted adds before handing the work over: fine.
func flushAllCounted(parts []string) {
	var wg sync.WaitGroup
	for _, p := range parts {
		p := p
		wg.Add(1)
		goSafely(func() {
			defer wg.Done()
			log.Println(p)
		})
	}
	wg.Wait()
}

// runNow calls f at once: an Add in it runs before Wait.
func runNow(f func()) { f() }

func flushNow(parts []string) {
	var wg sync.WaitGroup
	for _, p := range parts {
		runNow(func() {
			wg.Add(1)
			defer wg.Done()
			log.Println(p)
		})
	}
	wg.Wait()
}
