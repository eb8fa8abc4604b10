// conformance:runs 5
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

type FetchError struct {
	URL  string
	Code int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

func fetch(url string) (int, error) {
	if len(url)%7 == 0 {
		return 0, &FetchError{URL: url, Code: 404}
	}
	return len(url) * 10, nil
}

func main() {
	urls := []string{"http://a.io", "http://bb.io", "http://ccc.io"}
	var g Group
	var mu sync.Mutex
	sizes := map[string]int{}
	for _, u := range urls {
		u := u
		g.Go(func() error {
			n, err := fetch(u)
			if err != nil {
				return err
			}
			mu.Lock()
			sizes[u] = n
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(sizes)

	var g2 Group
	g2.Go(func() error { return nil })
	g2.Go(func() error {
		_, err := fetch("1234567")
		return fmt.Errorf("batch: %w", err)
	})
	err := g2.Wait()
	fmt.Println("error:", err)
	var fe *FetchError
	if errors.As(err, &fe) {
		fmt.Println("code:", fe.Code, "url:", fe.URL)
	}
	fmt.Println(errors.Unwrap(err) == error(fe))
}
