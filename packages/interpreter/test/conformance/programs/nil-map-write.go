package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string, v int) { r.items[k] = v }

func safeAdd(r *Registry, k string, v int) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if re, ok := x.(runtime.Error); ok {
				err = fmt.Errorf("add %q: %w", k, re)
				return
			}
			panic(x)
		}
	}()
	r.Add(k, v)
	return nil
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	for k, v := range m {
		fmt.Println(k, v)
	}
	delete(m, "x")
	fmt.Printf("%v %#v\n", m, m)

	var reg Registry
	err := safeAdd(&reg, "a", 1)
	fmt.Println("err:", err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re))
	reg.items = map[string]int{}
	fmt.Println("err:", safeAdd(&reg, "a", 1), reg.items)

	var nested map[string]map[string]int
	nested = map[string]map[string]int{}
	nested["x"] = nil
	fmt.Println(len(nested["x"]))
	nested["x"]["y"] = 1
	fmt.Println("unreachable")
}
