package mapmissderef

func inlineFieldRead(users map[int]*User, id int) string {
	return users[id].Name // want `field access users\[id\]\.Name where users\[id\] may be missing from the map: a missing key gives a nil \*User, and reading the field panics with "runtime error: invalid memory address or nil pointer dereference" \[signal SIGSEGV\]; look it up with v, ok := users\[id\] and handle !ok first`
}

func inlineFieldWrite(users map[int]*User, id int, name string) {
	users[id].Name = name // want `field access users\[id\]\.Name .*writing the field panics`
}

func inlineFieldIncrement(users map[int]*User, id int) {
	users[id].Age++ // want `field access users\[id\]\.Age`
}

func nestedField(users map[int]*User, id int) string {
	return users[id].Addr.City // want `field access users\[id\]\.Addr`
}

func inlineDeref(counts map[string]*int, k string) int {
	return *counts[k] // want `dereference \*counts\[k\] where counts\[k\] may be missing from the map: a missing key gives a nil \*int, and the dereference panics`
}

func parenthesizedDerefWrite(counts map[string]*int, k string) {
	(*counts[k])++ // want `dereference \*counts\[k\]`
}

func inlineFuncCall(handlers map[string]func() int, name string) int {
	return handlers[name]() // want `call handlers\[name\]\(…\) where handlers\[name\] may be missing from the map: a missing key gives a nil func\(\.\.\.\), and calling it panics`
}

func namedFuncType(routes map[string]HandlerFunc, path string) int {
	return routes["/"+path](path) // want `call routes\["/"\+path\]\(…\) .*a nil HandlerFunc`
}

func funcField(plugins map[string]*Plugin, name string) int {
	return plugins[name].Run() // want `field access plugins\[name\]\.Run`
}

func valueMethod(points map[string]*Point, k string) int {
	return points[k].Sum() // want `call points\[k\]\.Sum\(…\) of a value-receiver method .*copying the receiver panics`
}

func interfaceMethod(shapes map[string]Shape, k string) int {
	return shapes[k].Area() // want `method call shapes\[k\]\.Area\(…\) .*a nil interface Shape, and calling a method on it panics`
}

func errorMethod(errs map[string]error, k string) string {
	return errs[k].Error() // want `method call errs\[k\]\.Error\(…\)`
}

func arrayIndex(grids map[string]*[4]int, k string) int {
	return grids[k][0] // want `index grids\[k\]\[…\]`
}

func arraySlice(grids map[string]*[4]int, k string) int {
	return len(grids[k][:]) // want `index grids\[k\]\[…\]`
}

func throughVariable(users map[int]*User, id int) string {
	u := users[id]
	return u.Name // want `field access u\.Name \(u := users\[id\]\) where users\[id\] may be missing from the map.*look it up with u, ok := users\[id\]`
}

func throughVar(funcs map[string]func() int, k string) int {
	var f = funcs[k]
	return f() // want `call f\(…\) \(f := funcs\[k\]\)`
}

func throughVariableDeref(counts map[string]*int, k string) {
	p := counts[k]
	*p++ // want `dereference \*p \(p := counts\[k\]\)`
}

func valueMethodThroughVariable(points map[string]*Point, k string) int {
	p := points[k]
	return p.Sum() // want `call p\.Sum\(…\) of a value-receiver method`
}

func wrongKeyChecked(users map[int]*User, a, b int) string {
	if users[a] == nil {
		return ""
	}
	return users[b].Name // want `field access users\[b\]\.Name`
}

func fieldMap(r *Registry, id int) int {
	return r.users[id].Age // want `field access r\.users\[id\]\.Age`
}

func literalMissingKey() string {
	users := map[string]*User{"ann": {Name: "Ann"}}
	return users["bob"].Name // want `field access users\["bob"\]\.Name`
}

func rangeOverAnotherMap(users map[int]*User, ages map[int]int) int {
	n := 0
	for id := range ages {
		n += users[id].Age // want `field access users\[id\]\.Age`
	}
	return n
}

func onlyFirstUse(users map[int]*User, id int) string {
	u := users[id]
	u.Age++ // want `field access u\.Age`
	return u.Name
}

func derefTwice(users map[int]*User, id int) {
	users[id].Name = "x" // want `field access users\[id\]\.Name`
	users[id].Age = 1
}

func eachBranch(users map[int]*User, id int, byName bool) string {
	if byName {
		return users[id].Name // want `field access users\[id\]\.Name`
	}
	return users[id].Addr.City // want `field access users\[id\]\.Addr`
}

func variableThenInline(users map[int]*User, id int) {
	u := users[id]
	u.Age++ // want `field access u\.Age`
	users[id].Name = "x"
}

func lengthIsNoMembershipTest(users map[string]*User, name string) int {
	if len(name) > 0 {
		return users[name].Age // want `field access users\[name\]\.Age`
	}
	return 0
}
