// Package variables are initialized after the variables their initializers use, also
// through the functions they call (encoding/gob registers its types this way).

package main

import "fmt"

var a = register("a")

func register(name string) int {
	registry[name] = len(registry) + 1
	return registry[name]
}

var registry = make(map[string]int)

var b = func() int { return helper() * 2 }()

func helper() int { return c + 1 }

var c = 20

func main() {
	fmt.Println(a, b, c, registry)
}
