// conformance:runs 5
package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Data []int
}

func (t Task) Run() int {
	return t.Data[t.ID]
}

func main() {
	tasks := []Task{{0, []int{5}}, {1, []int{1, 2}}, {3, []int{1}}}
	var wg sync.WaitGroup
	results := make([]int, len(tasks))
	// first run safely, recovering per goroutine
	for i, t := range tasks {
		wg.Add(1)
		go func(i int, t Task) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					results[i] = -1
					fmt.Println("task", t.ID, "failed:", r)
				}
			}()
			results[i] = t.Run()
		}(i, t)
	}
	wg.Wait()
	fmt.Println(results)
	// now without recovery: a panic in a goroutine kills the program
	done := make(chan bool)
	go func() {
		tasks[2].Run()
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
