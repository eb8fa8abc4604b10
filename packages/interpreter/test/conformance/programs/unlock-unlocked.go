// conformance:runs 5
package main

import (
	"fmt"
	"sync"
)

type SafeList struct {
	mu    sync.Mutex
	items []string
}

func (s *SafeList) Push(x string) {
	s.mu.Lock()
	s.items = append(s.items, x)
	s.mu.Unlock()
}

func (s *SafeList) Pop() (string, bool) {
	s.mu.Lock()
	if len(s.items) == 0 {
		s.mu.Unlock()
		return "", false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	s.mu.Unlock()
	s.mu.Unlock() // bug: double unlock
	return x, true
}

func main() {
	l := &SafeList{}
	l.Push("a")
	l.Push("b")
	v, ok := l.Pop()
	fmt.Println(v, ok)
	defer fmt.Println("deferred calls do not run on fatal errors")
	v, ok = l.Pop()
	fmt.Println(v, ok)
}
