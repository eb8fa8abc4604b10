package main

import (
	"fmt"
	"sort"
	"strconv"
)

type stats struct {
	inserts, deletes, updates int
}

func main() {
	m := make(map[string]int)
	var st stats
	// deterministic pseudo-random sequence (LCG)
	seed := uint32(12345)
	rnd := func(n int) int {
		seed = seed*1103515245 + 12345
		return int(seed>>16) % n
	}
	for i := 0; i < 20000; i++ {
		k := "k" + strconv.Itoa(rnd(3000))
		switch op := rnd(10); {
		case op < 6:
			if _, ok := m[k]; ok {
				st.updates++
			} else {
				st.inserts++
			}
			m[k] = i
		case op < 9:
			if _, ok := m[k]; ok {
				st.deletes++
				delete(m, k)
			}
		default:
			_ = m[k]
		}
	}
	fmt.Printf("%+v len=%d\n", st, len(m))
	fmt.Println(st.inserts-st.deletes == len(m))
	sum := 0
	maxK, maxV := "", -1
	for k, v := range m {
		sum += v
		if v > maxV {
			maxK, maxV = k, v
		}
	}
	fmt.Println(sum, maxK, maxV)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys[:5], keys[len(keys)-1])

	big := make(map[int][64]byte)
	for i := 0; i < 5000; i++ {
		var v [64]byte
		v[i%64] = byte(i)
		big[i] = v
	}
	for i := 0; i < 5000; i += 2 {
		delete(big, i)
	}
	total := 0
	for _, v := range big {
		for _, b := range v {
			total += int(b)
		}
	}
	fmt.Println(len(big), total)
	im := map[int]int{}
	for i := 0; i < 100000; i++ {
		im[i%977] += i
	}
	fmt.Println(len(im), im[0], im[976])
}
