// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event struct {
	Topic   string
	Payload interface{}
}

type Handler func(Event) error

type Bus struct {
	mu     sync.RWMutex
	subs   map[string][]Handler
	counts map[string]int
}

func NewBus() *Bus {
	return &Bus{subs: map[string][]Handler{}, counts: map[string]int{}}
}

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.subs[topic][idx] = nil
	}
}

func (b *Bus) Publish(e Event) []error {
	b.mu.RLock()
	hs := append([]Handler(nil), b.subs[e.Topic]...)
	b.mu.RUnlock()
	var errs []error
	for _, h := range hs {
		if h == nil {
			continue
		}
		if err := h(e); err != nil {
			errs = append(errs, err)
		}
	}
	b.mu.Lock()
	b.counts[e.Topic]++
	b.mu.Unlock()
	return errs
}

func main() {
	bus := NewBus()
	var log []string
	unsub := bus.Subscribe("user.created", func(e Event) error {
		log = append(log, fmt.Sprintf("welcome %v", e.Payload))
		return nil
	})
	bus.Subscribe("user.created", func(e Event) error {
		name, ok := e.Payload.(string)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		log = append(log, "audit "+strings.ToUpper(name))
		return nil
	})
	bus.Subscribe("order.placed", func(e Event) error {
		return fmt.Errorf("order service down (order %v)", e.Payload)
	})
	fmt.Println(bus.Publish(Event{"user.created", "ann"}))
	fmt.Println(bus.Publish(Event{"user.created", 42}))
	unsub()
	fmt.Println(bus.Publish(Event{"user.created", "bob"}))
	fmt.Println(bus.Publish(Event{"order.placed", 1001}))
	fmt.Println(bus.Publish(Event{"nobody.listens", nil}) == nil)
	fmt.Println(strings.Join(log, "; "))
	topics := make([]string, 0)
	for t, c := range bus.counts {
		topics = append(topics, fmt.Sprintf("%s=%d", t, c))
	}
	sort.Strings(topics)
	fmt.Println(topics)
	var nilHandler Handler
	nilHandler(Event{})
}
