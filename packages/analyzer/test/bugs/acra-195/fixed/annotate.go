package main

import (
	"fmt"
	"strconv"
	"sync"
)

type sample struct {
	metric string
	value  int
	labels map[string]string
}

// Tagger stamps a shared set of labels onto every metric sample.
type Tagger struct {
	shared map[string]string
	guard  *sync.Mutex
}

func copyLabels(dst, src map[string]string) {
	for k, v := range src {
		dst[k] = v
	}
}

// Tag has a value receiver, so each call works on its own Tagger value,
// yet every copy still points at the one shared map.
func (t Tagger) Tag(metric string, value int) sample {
	s := sample{metric: metric, value: value, labels: map[string]string{}}
	copyLabels(s.labels, t.shared)
	s.labels["bucket"] = strconv.Itoa(value % 4)
	return s
}

func main() {
	t := Tagger{
		shared: map[string]string{"host": "edge-1", "region": "eu", "bucket": ""},
		guard:  new(sync.Mutex),
	}
	var (
		wg    sync.WaitGroup
		total int64
		tmu   sync.Mutex
	)
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				s := t.Tag("queue_depth", w*1000+n)
				tmu.Lock()
				total += int64(len(s.labels))
				tmu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("labels stamped:", total)
}
