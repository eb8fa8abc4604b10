package main

import (
	"fmt"
	"sort"
)

type sale struct {
	channel string // "online" or "store"
	product string
	units   int
}

// tally groups units by channel, then by product. A channel's inner map
// only exists once a sale in that channel has been seen.
func tally(sales []sale) map[string]map[string]int {
	byChannel := map[string]map[string]int{}
	for _, s := range sales {
		products, ok := byChannel[s.channel]
		if !ok {
			products = map[string]int{}
			byChannel[s.channel] = products
		}
		products[s.product] += s.units
	}
	return byChannel
}

func report(sales []sale, giftCardsOffline bool) []string {
	byChannel := tally(sales)

	// Gift cards are only sold online; keep their row visible while the
	// gift card service is down.
	if giftCardsOffline {
		byChannel["online"]["gift-card"] = 0
	}

	var lines []string
	for ch, products := range byChannel {
		for p, n := range products {
			lines = append(lines, fmt.Sprintf("%s/%s: %d", ch, p, n))
		}
	}
	sort.Strings(lines)
	return lines
}

func main() {
	week1 := []sale{{"online", "mug", 3}, {"store", "mug", 5}, {"store", "poster", 1}}
	fmt.Println(report(week1, true))

	// A week with store sales only: byChannel["online"] was never created.
	week2 := []sale{{"store", "poster", 2}}
	fmt.Println(report(week2, true))
}
