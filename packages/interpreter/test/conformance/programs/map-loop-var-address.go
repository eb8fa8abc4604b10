// Classic mistake (Go 1.19 loop semantics): &v of a range variable is the same address in
// every iteration, so every map entry points at one variable holding the last value.
package main

import (
	"fmt"
	"sort"
)

type User struct {
	Name string
	Age  int
}

func main() {
	users := []User{{"ann", 30}, {"bob", 40}, {"cid", 50}}
	byName := map[string]*User{}
	for _, u := range users {
		byName[u.Name] = &u
	}
	keys := []string{}
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "->", byName[k].Name, byName[k].Age)
	}
	fmt.Println(byName["ann"] == byName["bob"])
	byIndex := map[string]*User{}
	for i := range users {
		byIndex[users[i].Name] = &users[i]
	}
	for _, k := range keys {
		fmt.Println(k, "->", byIndex[k].Name)
	}
	ptrs := map[int]*int{}
	for i := 0; i < 3; i++ {
		ptrs[i] = &i
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
	fixed := map[int]*int{}
	for i := 0; i < 3; i++ {
		i := i
		fixed[i] = &i
	}
	fmt.Println(*fixed[0], *fixed[1], *fixed[2])
	funcs := map[string]func() string{}
	for _, u := range users {
		funcs[u.Name] = func() string { return u.Name }
	}
	fmt.Println(funcs["ann"](), funcs["bob"](), funcs["cid"]())
}
