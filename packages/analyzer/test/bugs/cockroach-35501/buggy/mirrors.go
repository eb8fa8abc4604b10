package main

import (
	"errors"
	"fmt"
	"sync"
)

type mirror struct {
	Host   string
	Weight int
}

var reachable = map[string]bool{
	"eu.mirror.test": true,
	"us.mirror.test": true,
	"ap.mirror.test": true,
}

// probe only reads through the pointer it is handed.
func probe(host *string) error {
	if !reachable[*host] {
		return errors.New("unreachable: " + *host)
	}
	return nil
}

// launcher starts each job on its own goroutine and collects failures.
type launcher struct {
	wg     sync.WaitGroup
	mu     sync.Mutex
	failed []error
}

func (l *launcher) spawn(job func() error) {
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		if err := job(); err != nil {
			l.mu.Lock()
			l.failed = append(l.failed, err)
			l.mu.Unlock()
		}
	}()
}

func (l *launcher) join() []error {
	l.wg.Wait()
	return l.failed
}

func checkMirrors(list []mirror) []error {
	var l launcher
	for _, m := range list {
		l.spawn(func() error {
			return probe(&m.Host)
		})
	}
	return l.join()
}

func main() {
	list := []mirror{{"eu.mirror.test", 3}, {"us.mirror.test", 2}, {"ap.mirror.test", 1}}
	fmt.Println("failures:", checkMirrors(list))
}
