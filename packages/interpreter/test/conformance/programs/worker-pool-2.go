// conformance:runs 5
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output int
	Err    error
}

var ErrEmpty = errors.New("empty input")

func process(j Job) Result {
	if j.Input == "" {
		return Result{JobID: j.ID, Err: fmt.Errorf("job %d: %w", j.ID, ErrEmpty)}
	}
	sum := 0
	for _, b := range []byte(j.Input) {
		sum += int(b)
	}
	return Result{JobID: j.ID, Output: sum}
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, counts map[int]int, mu *sync.Mutex) {
	defer wg.Done()
	for j := range jobs {
		r := process(j)
		mu.Lock()
		counts[id]++
		mu.Unlock()
		results <- r
	}
}

func main() {
	inputs := []string{"alpha", "beta", "", "gamma", "delta", "", "epsilon", "zeta", "eta", "theta"}
	jobs := make(chan Job, len(inputs))
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[int]int{}
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, counts, &mu)
	}
	for i, in := range inputs {
		jobs <- Job{ID: i, Input: in}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	failed := 0
	for _, r := range all {
		if r.Err != nil {
			failed++
			fmt.Printf("job %2d: error: %v (is ErrEmpty: %t)\n", r.JobID, r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		fmt.Printf("job %2d: %5d\n", r.JobID, r.Output)
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Printf("processed=%d failed=%d\n", total, failed)
}
