package main

import (
	"fmt"
	"sync"
)

type endpoint struct {
	url    string
	secret string
}

// hookTable maps topic -> subscriber -> endpoint; every access locks it.
type hookTable struct {
	mu     sync.Mutex
	topics map[string]map[string]endpoint
}

func (h *hookTable) subscribe(topic, subscriber, url string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	subs, ok := h.topics[topic]
	if !ok {
		subs = make(map[string]endpoint)
		h.topics[topic] = subs
	}
	subs[subscriber] = endpoint{url: url, secret: "s-" + subscriber}
}

func (h *hookTable) cancel(subscriber string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	for topic, subs := range h.topics {
		if _, ok := subs[subscriber]; ok {
			delete(subs, subscriber)
			if len(subs) == 0 {
				delete(h.topics, topic)
			}
			return true
		}
	}
	return false
}

func (h *hookTable) known(topic string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, ok := h.topics[topic]
	return ok
}

func main() {
	h := &hookTable{topics: make(map[string]map[string]endpoint)}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 2000; i++ {
			h.subscribe(fmt.Sprintf("order.%d", i), "billing", "http://billing.local/hook")
		}
	}()
	hits := 0
	go func() {
		defer wg.Done()
		for i := 0; i < 2000; i++ {
			if h.known(fmt.Sprintf("order.%d", i)) {
				hits++
			}
			h.cancel(fmt.Sprintf("audit-%d", i))
		}
	}()
	wg.Wait()
	fmt.Println("topics seen:", hits)
}
