package main

import (
	"fmt"
	"sync"
)

// pageSizes keeps the last seen size of every page of one site.
type pageSizes struct {
	byURL map[string]int
}

func (p *pageSizes) store(url string, size int) { p.byURL[url] = size }

func (p *pageSizes) total() int {
	sum := 0
	for _, n := range p.byURL {
		sum += n
	}
	return sum
}

// site serialises the fetchers of one crawl round.
type site struct {
	fetchMu sync.Mutex
	sizes   *pageSizes
	pages   []string
}

func (s *site) fetched(url string) {
	s.fetchMu.Lock()
	defer s.fetchMu.Unlock()
	s.sizes.store(url, len(url)*100)
}

// round fetches every page in parallel and then reports the site's size.
// Rounds for the same site can overlap.
func (s *site) round() int {
	var wg sync.WaitGroup
	for _, u := range s.pages {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			s.fetched(u)
		}(u)
	}
	wg.Wait()
	return s.sizes.total()
}

func main() {
	s := &site{sizes: &pageSizes{byURL: make(map[string]int)}}
	for i := 0; i < 150; i++ {
		s.pages = append(s.pages, fmt.Sprintf("https://example.test/p/%d", i))
	}
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 15; i++ {
				results <- s.round()
			}
		}()
	}
	wg.Wait()
	close(results)
	last := 0
	for r := range results {
		last = r
	}
	fmt.Println("site size:", last)
}
