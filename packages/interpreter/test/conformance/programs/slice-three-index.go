// Full slice expressions a[low:high:max] cap the capacity; bounds are checked.
package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 50, 60)
	fmt.Println(s, arr)
	s = append(s, 70)
	s[0] = -2
	fmt.Println(s, arr, len(s), cap(s))
	t := arr[:0:0]
	fmt.Println(t, len(t), cap(t), t == nil)
	u := arr[5:5:10]
	fmt.Println(len(u), cap(u))
	sl := []string{"a", "b", "c", "d"}
	v := sl[1:2:3]
	w := v[0:2]
	fmt.Println(v, w, cap(w))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	lo, hi, max := 1, 3, 2
	fmt.Println(sl[lo:hi:max])
}
