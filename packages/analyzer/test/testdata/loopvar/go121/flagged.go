package loopvar

import "sync"

type Item struct {
	ID   string
	Tags [2]string
	Next *Item
}

type Holder struct{ P *Item }

func rangeValue(items []Item) map[string]*Item {
	byID := make(map[string]*Item)
	for _, it := range items {
		byID[it.ID] = &it // want `address of loop variable it stored in map byID: before Go 1.22 every iteration shares one it.*this file is go1.21 by go.mod.*it := it`
	}
	return byID
}

func threeClause(n int) map[int]*int {
	m := map[int]*int{}
	for i := 0; i < n; i++ {
		m[i] = &i // want `address of loop variable i stored in map m`
	}
	return m
}

func fieldOfStructValue(items []Item) map[string]*string {
	m := map[string]*string{}
	for _, it := range items {
		m[it.ID] = &it.ID // want `loop variable it`
	}
	return m
}

func arrayElementOfValue(items []Item) map[string]*string {
	m := map[string]*string{}
	for _, it := range items {
		m[it.ID] = &it.Tags[0] // want `loop variable it`
	}
	return m
}

func insideLiteral(items []Item) map[string]Holder {
	m := map[string]Holder{}
	for _, it := range items {
		m[it.ID] = Holder{P: &it} // want `loop variable it`
	}
	return m
}

func insideAppend(groups map[string][]*Item, items []Item) {
	for _, it := range items {
		groups[it.ID] = append(groups[it.ID], &it) // want `stored in map groups`
	}
}

func asKey(items []Item) map[*Item]bool {
	seen := map[*Item]bool{}
	for _, it := range items {
		seen[&it] = true // want `stored in map seen`
	}
	return seen
}

func mapLiteral(items []Item) []map[string]*Item {
	var out []map[string]*Item
	for _, it := range items {
		out = append(out, map[string]*Item{"x": &it}) // want `stored in a map literal`
	}
	return out
}

func throughLocalPointer(items []Item) map[string]*Item {
	m := map[string]*Item{}
	for _, it := range items {
		p := &it // want `stored in map m`
		m[it.ID] = p
	}
	return m
}

func syncMap(items []Item) *sync.Map {
	var sm sync.Map
	for _, it := range items {
		sm.Store(it.ID, &it) // want `stored in sync.Map sm`
	}
	return &sm
}

func mapValues(src map[string]Item) map[string]*Item {
	dst := map[string]*Item{}
	for k, v := range src {
		dst[k] = &v // want `loop variable v`
	}
	return dst
}

func inGoroutine(items []Item, m map[string]*Item, mu *sync.Mutex) {
	for _, it := range items {
		go func() {
			mu.Lock()
			m[it.ID] = &it // want `address of loop variable it` `loop variable it captured by a func literal started with go`
			mu.Unlock()
		}()
	}
}

func breakInsideSwitchDoesNotLeaveLoop(items []Item) map[string]*Item {
	m := map[string]*Item{}
	for _, it := range items {
		switch it.ID {
		case "a":
			m["a"] = &it // want `loop variable it`
			break
		}
	}
	return m
}
