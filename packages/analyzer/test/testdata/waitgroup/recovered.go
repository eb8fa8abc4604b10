package waitgroup

import (
	"log"
	"sync"
)

// parse panics on bad input.
func parse(s string) int {
	if s == "" {
		panic("empty input")
	}
	return len(s)
}

// parseAll recovers each worker's panic, but a recovered panic skips the plain Done: the
// worker ends normally and Wait blocks forever.
func parseAll(inputs []string) {
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(in string) {
			defer func() {
				if r := recover(); r != nil {
					log.Println("recovered:", r)
				}
			}()
			log.Println(parse(in))
			wg.Done() // want `wg.Done\(\) is not deferred, and a panic in log.Println\(parse\(in\)\) \(line 28\) is recovered by the deferred function at line 23` MH012
		}(in)
	}
	wg.Wait()
}

// parseAllDeferred defers the Done first: it runs after the recover, panic or not.
func parseAllDeferred(inputs []string) {
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(in string) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					log.Println("recovered:", r)
				}
			}()
			log.Println(parse(in))
		}(in)
	}
	wg.Wait()
}
