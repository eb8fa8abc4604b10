package waitgroup

import (
	"errors"
	"sync"
	"testing"
)

func query(i int) error {
	if i < 0 {
		return errors.New("negative")
	}
	return nil
}

// A Done skipped only after the test has failed: Wait hangs in a run that failed already
// (database/sql's and net/rpc's tests). Not reported.
func TestQueries(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if err := query(i); err != nil {
				t.Errorf("query: %v", err)
				return
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
}

// The same return taken on a passing run: Wait hangs a test that did not fail.
func TestQueriesQuiet(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if err := query(i); err != nil {
				t.Log("skipping", err)
				return
			}
			wg.Done() // want `wg.Done\(\) is not deferred and the return at line 41 skips it` MH012
		}(i)
	}
	wg.Wait()
}
