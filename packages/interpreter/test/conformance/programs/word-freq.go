package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type wordCount struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	var list []wordCount
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(freq))
	for i, wc := range list {
		if i >= 8 {
			break
		}
		fmt.Printf("%-12s %3d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	fmt.Println(freq["it"], freq["missing"], len(freq))
	if _, ok := freq["zebra"]; !ok {
		fmt.Println("zebra not found")
	}
}
