// A nil map reads like an empty map: lookups, len, range and delete all work.
package main

import "fmt"

type Config struct {
	Settings map[string]string
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "z")
	var c Config
	fmt.Printf("%q %d %v\n", c.Settings["mode"], len(c.Settings), c.Settings == nil)
	fmt.Printf("%v %#v\n", m, m)
	var mm map[string]map[string]int
	fmt.Println(mm["a"]["b"], mm["a"] == nil)
	var ms map[int][]int
	fmt.Println(len(ms[5]), append(ms[5], 1))
	empty := map[string]int{}
	fmt.Printf("%v %#v %v\n", empty, empty, empty == nil)
}
