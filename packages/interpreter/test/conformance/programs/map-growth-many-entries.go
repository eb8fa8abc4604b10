// Large maps: growth through many inserts, deletes and re-inserts keep every entry intact.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i] = i * 2
	}
	fmt.Println(len(m), m[0], m[99999], m[100000])
	for i := 0; i < 100000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	for i := 0; i < 100000; i += 4 {
		m[i] = -i
	}
	sum, neg := 0, 0
	for k, v := range m {
		sum += k
		if v < 0 {
			neg++
		}
	}
	fmt.Println(len(m), sum, neg)
	s := map[string]int{}
	for i := 0; i < 5000; i++ {
		s[fmt.Sprintf("key-%05d", i)] = i
	}
	ok := true
	for i := 0; i < 5000; i++ {
		if s[fmt.Sprintf("key-%05d", i)] != i {
			ok = false
		}
	}
	fmt.Println(len(s), ok, s["key-04999"], s["key-5000"])
	hinted := make(map[string][]int, 1000)
	for i := 0; i < 3000; i++ {
		k := string(rune('a' + i%26))
		hinted[k] = append(hinted[k], i)
	}
	fmt.Println(len(hinted), len(hinted["a"]), hinted["z"][:3])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	m[1] = 1
	fmt.Println(len(m), m[1])
	type key struct {
		a, b int32
		s    string
	}
	sk := map[key]int{}
	for i := 0; i < 2000; i++ {
		sk[key{int32(i), int32(-i), fmt.Sprint(i % 10)}] += i
	}
	fmt.Println(len(sk), sk[key{1999, -1999, "9"}])
}
