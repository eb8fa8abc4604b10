package mapmissderef

import "sort"

type User struct {
	Name string
	Age  int
	Addr *Address
}

type Address struct{ City string }

// Touch has a pointer receiver and handles a nil user.
func (u *User) Touch() int {
	if u == nil {
		return 0
	}
	u.Age++
	return u.Age
}

type Point struct{ X, Y int }

// Sum has a value receiver: calling it through a nil *Point dereferences the pointer.
func (p Point) Sum() int { return p.X + p.Y }

type Shape interface{ Area() int }

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

type HandlerFunc func(string) int

type Plugin struct{ Run func() int }

type Registry struct {
	users map[int]*User
}

type Catalog struct {
	users map[string]*User
}

// UserNames lists the catalog's user names, sorted.
func (c *Catalog) UserNames() []string {
	names := make([]string, 0, len(c.users))
	for n := range c.users {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// HasUser reports whether the catalog knows the user.
func (c *Catalog) HasUser(name string) bool {
	_, ok := c.users[name]
	return ok
}

// visit calls f with each user, as packages.Visit does with packages.
func visit(list []User, f func(u *User)) {
	for i := range list {
		f(&list[i])
	}
}
