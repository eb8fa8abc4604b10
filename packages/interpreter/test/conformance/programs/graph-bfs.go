package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) ([]string, map[string]int) {
	dist := map[string]int{start: 0}
	order := []string{start}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		nbrs := append([]string(nil), g[cur]...)
		sort.Strings(nbrs)
		for _, n := range nbrs {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				order = append(order, n)
				queue = append(queue, n)
			}
		}
	}
	return order, dist
}

func topoSort(deps map[string][]string) ([]string, error) {
	state := map[string]int{}
	var out []string
	var visit func(string, []string) error
	visit = func(n string, path []string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle: %s", strings.Join(append(path, n), " -> "))
		case 2:
			return nil
		}
		state[n] = 1
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d, append(path, n)); err != nil {
				return err
			}
		}
		state[n] = 2
		out = append(out, n)
		return nil
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := visit(k, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func main() {
	g := Graph{}
	for _, e := range []string{"a-b", "a-c", "b-d", "c-d", "d-e", "f-g"} {
		p := strings.Split(e, "-")
		g.AddEdge(p[0], p[1])
	}
	order, dist := g.BFS("a")
	fmt.Println(order)
	for _, n := range order {
		fmt.Printf("%s:%d ", n, dist[n])
	}
	fmt.Println()
	_, reach := dist["f"]
	fmt.Println("f reachable:", reach, "components nodes:", len(g))

	deps := map[string][]string{
		"app":    {"lib", "log"},
		"lib":    {"util", "log"},
		"log":    {"util"},
		"util":   nil,
		"test":   {"app"},
	}
	fmt.Println(topoSort(deps))
	deps["util"] = []string{"app"}
	fmt.Println(topoSort(deps))
}
