// Type switches: nil case, several types per case, interface cases, default, bound variable.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("pointer to ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 7
	var nilErr error
	var nilPtr *int
	values := []interface{}{nil, 1, int64(2), int32(3), "héllo", true, false,
		errors.New("bad"), Temp(21.5), []int{1, 2}, func() int { return 9 }, &n,
		3.5, nilErr, nilPtr, map[string]int{}, struct{}{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	var s Stringer = Temp(1)
	switch s.(type) {
	case fmt.Stringer:
		fmt.Println("also a fmt.Stringer")
	}
	switch v := interface{}(uint8(5)); v.(type) {
	case uint8, uint16:
		fmt.Printf("%T\n", v)
	}
}
