package mapmissderef

import "sort"

const defaultRoute = "/"

var routes = map[string]HandlerFunc{
	defaultRoute: func(string) int { return 1 },
	"/about":     func(string) int { return 2 },
}

func commaOk(users map[int]*User, id int) string {
	u, ok := users[id]
	if !ok {
		return ""
	}
	return u.Name
}

func commaOkBeforeInline(users map[int]*User, id int) string {
	if _, ok := users[id]; !ok {
		return ""
	}
	return users[id].Name
}

func nilGuard(users map[int]*User, id int) string {
	u := users[id]
	if u == nil {
		return ""
	}
	return u.Name
}

func nilGuardInline(users map[int]*User, id int) string {
	if users[id] != nil {
		return users[id].Name
	}
	return ""
}

func nilGuardInIf(users map[int]*User, id int) bool {
	if u := users[id]; u != nil && u.Age > 0 {
		return true
	}
	return false
}

func nilGuardFunc(hooks map[string]func() int, k string) int {
	if f := hooks[k]; f != nil {
		return f()
	}
	return 0
}

func nilGuardError(errs map[string]error, k string) string {
	if err := errs[k]; err != nil {
		return err.Error()
	}
	return ""
}

func assignedFirst(users map[int]*User, id int, name string) {
	users[id] = &User{}
	users[id].Name = name
}

func createdWhenMissing(users map[int]*User, id int) {
	if users[id] == nil {
		users[id] = &User{}
	}
	users[id].Age++
}

func literalWithConstantKey() int {
	handlers := map[string]func() int{"a": func() int { return 1 }}
	return handlers["a"]()
}

func packageLiteralConstantKey() int {
	return routes[defaultRoute]("x") + routes["/about"]("y")
}

func rangeKey(users map[int]*User) int {
	n := 0
	for id := range users {
		n += users[id].Age
	}
	return n
}

func rangeKeyAndValue(users map[int]*User) int {
	n := 0
	for id, u := range users {
		n += users[id].Age + u.Age
	}
	return n
}

func sortedKeys(users map[int]*User) []string {
	ids := make([]int, 0, len(users))
	for id := range users {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var names []string
	for _, id := range ids {
		names = append(names, users[id].Name)
	}
	return names
}

func keysOf(users map[int]*User) []int {
	ids := make([]int, 0, len(users))
	for id := range users {
		ids = append(ids, id)
	}
	return ids
}

func keysFromHelper(users map[int]*User) int {
	n := 0
	for _, id := range keysOf(users) {
		n += users[id].Age
	}
	return n
}

func filledThenLookedUp(list []User) int {
	byName := map[string]*User{}
	for i := range list {
		byName[list[i].Name] = &list[i]
	}
	n := 0
	for _, u := range list {
		n += byName[u.Name].Age
	}
	return n
}

// Known miss: the map was filled in a loop, so the rule trusts the key to be there.
func filledThenParamKey(list []User, name string) int {
	byName := map[string]*User{}
	for i := range list {
		byName[list[i].Name] = &list[i]
	}
	return byName[name].Age
}

func pointerReceiver(users map[int]*User, id int) int {
	return users[id].Touch()
}

func pointerReceiverThroughVariable(users map[int]*User, id int) int {
	u := users[id]
	return u.Touch()
}

func valueElements(users map[int]User, id int) string {
	return users[id].Name
}

func sliceAndIntElements(lists map[string][]int, counts map[string]int, k string) int {
	return len(lists[k]) + counts[k] + len(lists[k][:0])
}

func mapElements(m map[string]map[string]*User, a, b string) bool {
	return m[a][b] == nil
}

func passedOn(users map[int]*User, id int) int {
	return (*User).Touch(users[id])
}

func comparedOnly(users map[int]*User, id int) bool {
	return users[id] == nil
}

func reassigned(users map[int]*User, id int) string {
	u := users[id]
	u = &User{Name: "new"}
	return u.Name
}

func typeAssertedOnly(shapes map[string]Shape, k string) bool {
	_, isSquare := shapes[k].(Square)
	return isSquare
}

func sortedKeysByIndex(users map[int]*User) int {
	ids := make([]int, len(users))
	i := 0
	for id := range users {
		ids[i] = id
		i++
	}
	sort.Ints(ids)
	n := 0
	for _, id := range ids {
		n += users[id].Age
	}
	return n
}

func checkedThroughVariable(users map[int]*User, id int) string {
	u := users[id]
	switch {
	case u == nil:
		return ""
	case u.Age > 0:
		return users[id].Name
	}
	return ""
}

// tree-sitter-go reads m[k](x), with one argument and a plain name as the key, as a
// conversion to the generic type m[k]. Known miss.
func singleArgumentCall(routes map[string]HandlerFunc, path string) int {
	return routes[path](path)
}

func rangeKeyAsserted(byShape map[Shape]*User) int {
	n := 0
	for s := range byShape {
		if sq, ok := s.(Square); ok {
			n += byShape[sq].Age
		}
	}
	return n
}

func keysFromOwnerMethod(c *Catalog) int {
	n := 0
	for _, name := range c.UserNames() {
		n += c.users[name].Age
	}
	return n
}

func membershipTested(c *Catalog, name string) int {
	if c.HasUser(name) {
		return c.users[name].Age
	}
	return 0
}

func membershipTestedEarlyExit(c *Catalog, name string) int {
	if !c.HasUser(name) {
		return 0
	}
	return c.users[name].Age
}

func filledByVisitor(list []User) int {
	byName := map[string]*User{}
	visit(list, func(u *User) { byName[u.Name] = u })
	n := 0
	for _, u := range list {
		n += byName[u.Name].Age
	}
	return n
}
