// The native side of bench/map-vs-go.sh: the same inserts and lookups as map-bench.mjs,
// timed the same way (best of 5 runs), printed as one JSON line.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"strconv"
	"time"
)

const n = 1_000_000

func best(runs int, f func() time.Duration) float64 {
	min := time.Duration(1 << 62)
	for i := 0; i < runs; i++ {
		runtime.GC()
		if d := f(); d < min {
			min = d
		}
	}
	return float64(min.Nanoseconds()) / 1e6
}

func main() {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i)
	}
	var sink int
	var intMap map[int]int
	var strMap map[string]int
	res := map[string]float64{
		"intInsertMs": best(5, func() time.Duration {
			t := time.Now()
			intMap = make(map[int]int)
			for i := 0; i < n; i++ {
				intMap[i] = i
			}
			return time.Since(t)
		}),
		"intLookupMs": best(5, func() time.Duration {
			t := time.Now()
			for i := 0; i < n; i++ {
				sink += intMap[i]
			}
			return time.Since(t)
		}),
		"strInsertMs": best(5, func() time.Duration {
			t := time.Now()
			strMap = make(map[string]int)
			for i, k := range keys {
				strMap[k] = i
			}
			return time.Since(t)
		}),
		"strLookupMs": best(5, func() time.Duration {
			t := time.Now()
			for _, k := range keys {
				sink += strMap[k]
			}
			return time.Since(t)
		}),
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < n; i++ {
		sink += intMap[i]
	}
	for _, k := range keys {
		sink += strMap[k]
	}
	runtime.ReadMemStats(&ms)
	res["lookupAllocsPerOp"] = float64(ms.Mallocs-before) / (2 * n)
	if sink == 42 {
		println()
	}
	_ = json.NewEncoder(os.Stdout).Encode(res)
}
