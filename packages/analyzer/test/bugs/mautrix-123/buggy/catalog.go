package main

import (
	"fmt"
	"sync"
)

type sku string

// catalog is the in-memory product catalogue of a small shop.
type catalog struct {
	mu        sync.RWMutex
	names     map[sku]string
	priceCent map[sku]int
	stock     map[sku]int
	promo     map[sku]int // percent off
}

func newCatalog() *catalog {
	return &catalog{
		names:     map[sku]string{},
		priceCent: map[sku]int{},
		stock:     map[sku]int{},
	}
}

func (c *catalog) add(id sku, name string, cents, units int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.names[id] = name
	c.priceCent[id] = cents
	c.stock[id] = units
}

func (c *catalog) runPromo(id sku, percent int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.promo[id] = percent
}

func (c *catalog) price(id sku) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.priceCent[id] * (100 - c.promo[id]) / 100
}

func main() {
	c := newCatalog()
	c.add("TEA-01", "green tea", 850, 40)
	c.add("MUG-02", "stoneware mug", 1400, 12)
	fmt.Println("mug before promo:", c.price("MUG-02"))
	c.runPromo("MUG-02", 25)
	fmt.Println("mug during promo:", c.price("MUG-02"))
}
