package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type envelope struct {
	ticket uint64
	text   string
}

// oracle matches answers coming back from a backend to the callers
// waiting for them.
type oracle struct {
	mu      sync.Mutex
	next    uint64
	waiting map[uint64]chan string
	queries chan envelope
	answers chan envelope
}

func newOracle() *oracle {
	o := &oracle{waiting: make(map[uint64]chan string), queries: make(chan envelope), answers: make(chan envelope, 8)}
	go func() { // backend
		for q := range o.queries {
			o.answers <- envelope{q.ticket, strings.ToUpper(q.text)}
		}
	}()
	go func() { // delivery
		for a := range o.answers {
			o.mu.Lock()
			ch := o.waiting[a.ticket]
			o.mu.Unlock()
			if ch != nil {
				ch <- a.text
			}
		}
	}()
	return o
}

func (o *oracle) forget(t uint64) {
	o.mu.Lock()
	delete(o.waiting, t)
	o.mu.Unlock()
}

func (o *oracle) ask(text string, limit time.Duration) (string, error) {
	o.mu.Lock()
	o.next++
	t := o.next
	reply := make(chan string, 1)
	o.waiting[t] = reply
	o.mu.Unlock()
	defer o.forget(t)

	o.queries <- envelope{t, text}
	select {
	case body := <-reply:
		return body, nil
	case <-time.After(limit):
		return "", errors.New("no answer in time")
	}
}

func main() {
	o := newOracle()
	var wg sync.WaitGroup
	for c := 0; c < 6; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if _, err := o.ask(fmt.Sprintf("client %d question %d", c, i), time.Second); err != nil {
					fmt.Println(err)
				}
			}
		}(c)
	}
	wg.Wait()
	fmt.Println("all questions answered")
}
