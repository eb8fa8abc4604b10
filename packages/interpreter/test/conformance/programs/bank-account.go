// conformance:runs 5
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type InsufficientFundsError struct {
	Account string
	Need    int
	Have    int
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: need %d, have %d", e.Account, e.Need, e.Have)
}

func (e *InsufficientFundsError) Is(target error) bool { return target == ErrInsufficient }

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]int)} }

func (b *Bank) Open(name string, initial int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[name] = initial
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.accounts[from]; !ok {
		return fmt.Errorf("transfer: unknown account %q", from)
	}
	if b.accounts[from] < amt {
		return fmt.Errorf("transfer %d from %s: %w", amt, from, &InsufficientFundsError{from, amt, b.accounts[from]})
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	b.log = append(b.log, fmt.Sprintf("%s->%s:%d", from, to, amt))
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	bank := NewBank()
	names := []string{"alice", "bob", "carol", "dave"}
	for i, n := range names {
		bank.Open(n, 1000*(i+1))
	}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := names[i%4]
			to := names[(i+1)%4]
			if err := bank.Transfer(from, to, 10); err != nil {
				failMu.Lock()
				failures++
				failMu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", bank.Total(), "failures:", failures, "log:", len(bank.log))
	ks := make([]string, 0)
	for k := range bank.accounts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%-6s %6d\n", k, bank.accounts[k])
	}
	err := bank.Transfer("alice", "bob", 5000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var ife *InsufficientFundsError
	if errors.As(err, &ife) {
		fmt.Println("short by", ife.Need-ife.Have)
	}
	fmt.Println(bank.Transfer("zed", "bob", 1))
	fmt.Println(bank.accounts["zed"], len(bank.accounts))
}
