package main

import (
	"fmt"
	"strings"
	"sync"
)

type clientInfo struct {
	Family string
	Traits map[string]bool
}

// decodeAgent fills in the caller's value, creating the nested map only
// when the caller passed one without it.
func decodeAgent(header string, into *clientInfo) {
	if into.Traits == nil {
		into.Traits = make(map[string]bool)
	}
	into.Family = strings.SplitN(header, "/", 2)[0]
	into.Traits["mobile"] = strings.Contains(header, "Mobile")
	into.Traits["bot"] = strings.Contains(header, "bot")
}

// scratch is reused by every call to label.
var scratch clientInfo

func label(header string) string {
	decodeAgent(header, &scratch)
	if scratch.Traits["bot"] {
		return "crawler"
	}
	return scratch.Family
}

func main() {
	headers := []string{
		"Mozilla/5.0 (iPhone; Mobile)",
		"curl/8.1",
		"Googlebot/2.1",
		"Mozilla/5.0 (X11; Linux)",
	}
	var wg sync.WaitGroup
	counts := make([]int, 8)
	for w := range counts {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				if label(headers[(w+i)%len(headers)]) == "crawler" {
					counts[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("crawler hits per worker:", counts)
}
