package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Shape:
		return fmt.Sprintf("shape %T area=%.2f", x, x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case map[string]int:
		return fmt.Sprint("map len ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

func main() {
	var sh Shape

	values := []interface{}{
		nil, 1, int64(2), int32(3), "hey", []int{1, 2}, errors.New("boom"),
		name("bob"), Rect{2, 3}, &Circle{1}, Circle{1}, Square{Rect{2, 2}},
		func() int { return 7 }, map[string]int{"a": 1}, sh, 3.5, [2]int{},
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}
	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, isErr := r.(error)
		fmt.Println(isErr, err)
		var i interface{} = 5
		_ = i.(fmt.Stringer)
	}()
	c := s.(*Circle)
	fmt.Println(c)
}
