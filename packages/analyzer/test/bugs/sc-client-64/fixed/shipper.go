package main

import (
	"fmt"
	"io"
	"sync"
)

// tail stands in for a followed log file: a few lines, then EOF.
type tail struct {
	lines []string
}

func (t *tail) next() (string, error) {
	if len(t.lines) == 0 {
		return "", io.EOF
	}
	l := t.lines[0]
	t.lines = t.lines[1:]
	return l, nil
}

func (t *tail) stop() {}

// shipper forwards lines from many followed files.
type shipper struct {
	mu    sync.Mutex
	tails map[string]*tail
}

func (s *shipper) follow(path string, forward func(string)) {
	t := &tail{lines: make([]string, len(path)%4)}
	s.mu.Lock()
	if _, busy := s.tails[path]; busy {
		s.mu.Unlock()
		return
	}
	s.tails[path] = t
	s.mu.Unlock()

	go func() {
		for {
			line, err := t.next()
			if err != nil {
				break
			}
			forward(line)
		}
		// File rotated away: forget it.
		s.mu.Lock()
		delete(s.tails, path)
		s.mu.Unlock()
	}()
}

// shutdown stops every tail that is still being followed.
func (s *shipper) shutdown() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, t := range s.tails {
		t.stop()
		n++
	}
	return n
}

func main() {
	s := &shipper{tails: make(map[string]*tail)}
	var wg sync.WaitGroup
	for host := 0; host < 4; host++ {
		wg.Add(1)
		go func(host int) {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				s.follow(fmt.Sprintf("/var/log/h%d/app-%d.log", host, i), func(string) {})
			}
		}(host)
	}
	wg.Wait()
	fmt.Println("tails stopped at shutdown:", s.shutdown())
}
