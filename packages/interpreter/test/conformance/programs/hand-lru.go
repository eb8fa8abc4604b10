package main

import (
	"fmt"
	"strings"
)

type node struct {
	key, val   string
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[string]*node
	head, tail *node // sentinels
	evicted    []string
}

func NewLRU(capacity int) *LRU {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return &LRU{cap: capacity, items: make(map[string]*node), head: h, tail: t}
}

func (c *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(k string) (string, bool) {
	n, ok := c.items[k]
	if !ok {
		return "", false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU) Put(k, v string) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	n := &node{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head.next; n != c.tail; n = n.next {
		parts = append(parts, n.key+"="+n.val)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", "1")
	c.Put("b", "2")
	c.Put("c", "3")
	fmt.Println(c)
	c.Get("a")
	c.Put("d", "4")
	fmt.Println(c, c.evicted)
	if _, ok := c.Get("b"); !ok {
		fmt.Println("b evicted")
	}
	c.Put("c", "33")
	c.Put("e", "5")
	fmt.Println(c, c.evicted, len(c.items))
	for _, k := range []string{"a", "c", "d", "e", "zz"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%q:%v ", k, v, ok)
	}
	fmt.Println()
	fmt.Println(c)
	var nilCache *LRU
	fmt.Println(nilCache.Get("x"))
}
