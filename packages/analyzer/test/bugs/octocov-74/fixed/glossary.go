package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type entry struct {
	Word    string `json:"word"`
	Meaning string `json:"meaning"`
}

// glossary keeps its entries plus a private index by first letter that is
// built the first time someone asks for it.
type glossary struct {
	Entries []entry `json:"entries"`
	index   map[byte][]int
}

func newGlossary() *glossary {
	return &glossary{index: make(map[byte][]int)}
}

func (g *glossary) add(word, meaning string) {
	g.Entries = append(g.Entries, entry{word, meaning})
	g.index = make(map[byte][]int) // stale, rebuild on next lookup
}

// under lists the words that start with letter.
func (g *glossary) under(letter byte) []string {
	if len(g.index) == 0 {
		g.index = make(map[byte][]int)
		for i, e := range g.Entries {
			first := strings.ToLower(e.Word)[0]
			g.index[first] = append(g.index[first], i)
		}
	}
	var words []string
	for _, i := range g.index[letter] {
		words = append(words, g.Entries[i].Word)
	}
	return words
}

const saved = `{"entries":[{"word":"Mutex","meaning":"mutual exclusion lock"},{"word":"Map","meaning":"hash table"}]}`

func main() {
	g := newGlossary()
	g.add("Goroutine", "lightweight thread")
	fmt.Println("g:", g.under('g'))

	// Loaded from disk: json.Unmarshal never calls newGlossary.
	var loaded glossary
	if err := json.Unmarshal([]byte(saved), &loaded); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("m:", loaded.under('m'))
}
