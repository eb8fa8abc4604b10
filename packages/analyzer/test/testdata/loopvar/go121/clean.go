package loopvar

func copied(items []Item) map[string]*Item {
	m := map[string]*Item{}
	for _, it := range items {
		it := it
		m[it.ID] = &it
	}
	return m
}

func indexIntoSlice(items []Item) map[string]*Item {
	m := map[string]*Item{}
	for i := range items {
		m[items[i].ID] = &items[i]
	}
	return m
}

func throughPointer(items []*Item) map[string]*Item {
	m := map[string]*Item{}
	for _, it := range items {
		m[it.ID] = &it.Next.ID
	}
	return m
}

func storedInSlice(items []Item) []*Item {
	var out []*Item
	for _, it := range items {
		out = append(out, &it) // want `address of loop variable it stored in slice out`
	}
	return out
}

func storeThenBreak(items []Item) map[string]*Item {
	m := map[string]*Item{}
	for _, it := range items {
		if it.ID == "x" {
			m[it.ID] = &it
			break
		}
	}
	return m
}

func storeThenReturn(items []Item, m map[string]*Item) {
	for _, it := range items {
		m[it.ID] = &it
		return
	}
}

func notALoopVariable(items []Item) map[string]*Item {
	m := map[string]*Item{}
	var it Item
	for _, it = range items {
		m[it.ID] = &it // assigned with =, one variable in every Go version: not a loop-variable change
	}
	return m
}

func passedToFunction(items []Item) {
	for _, it := range items {
		use(&it)
	}
}

func use(*Item) {}
