package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	Price    float64
	Quantity int
	Tags     map[string]bool
}

type Inventory struct {
	products map[SKU]*Product
	byTag    map[string]map[SKU]struct{}
}

var ErrUnknownSKU = errors.New("unknown sku")

func NewInventory() *Inventory {
	return &Inventory{products: map[SKU]*Product{}, byTag: map[string]map[SKU]struct{}{}}
}

func (inv *Inventory) Add(p Product, tags ...string) {
	p.Tags = map[string]bool{}
	for _, t := range tags {
		p.Tags[t] = true
		if inv.byTag[t] == nil {
			inv.byTag[t] = map[SKU]struct{}{}
		}
		inv.byTag[t][p.SKU] = struct{}{}
	}
	inv.products[p.SKU] = &p
}

func (inv *Inventory) Remove(sku SKU, n int) error {
	p, ok := inv.products[sku]
	if !ok {
		return fmt.Errorf("remove %d of %s: %w", n, sku, ErrUnknownSKU)
	}
	if p.Quantity < n {
		return fmt.Errorf("remove %d of %s: only %d left", n, sku, p.Quantity)
	}
	p.Quantity -= n
	return nil
}

func (inv *Inventory) Tagged(tag string) []string {
	var names []string
	for sku := range inv.byTag[tag] {
		names = append(names, inv.products[sku].Name)
	}
	sort.Strings(names)
	return names
}

func (inv *Inventory) Report() string {
	var b strings.Builder
	skus := make([]string, 0, len(inv.products))
	for s := range inv.products {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	total := 0.0
	fmt.Fprintf(&b, "%-6s|%-12s|%8s|%4s\n", "SKU", "Name", "Price", "Qty")
	b.WriteString(strings.Repeat("-", 33) + "\n")
	for _, s := range skus {
		p := inv.products[SKU(s)]
		fmt.Fprintf(&b, "%-6s|%-12.12s|%8.2f|%4d\n", p.SKU, p.Name, p.Price, p.Quantity)
		total += p.Price * float64(p.Quantity)
	}
	fmt.Fprintf(&b, "total value: $%.2f", total)
	return b.String()
}

func main() {
	inv := NewInventory()
	inv.Add(Product{SKU: "A100", Name: "Widget", Price: 2.5, Quantity: 100}, "small", "metal")
	inv.Add(Product{SKU: "B200", Name: "Gadget Deluxe Edition", Price: 19.99, Quantity: 12}, "large")
	inv.Add(Product{SKU: "C300", Name: "Gizmo", Price: 7, Quantity: 0}, "small", "plastic")
	fmt.Println(inv.Report())
	for _, r := range []struct {
		sku SKU
		n   int
	}{{"A100", 30}, {"C300", 1}, {"Z999", 1}, {"B200", 12}} {
		if err := inv.Remove(r.sku, r.n); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknownSKU))
		}
	}
	fmt.Println(inv.Report())
	fmt.Println(inv.Tagged("small"), inv.Tagged("none"), len(inv.byTag))
	fmt.Printf("%v %q\n", inv.products["A100"].Tags, inv.products["A100"].SKU)
}
