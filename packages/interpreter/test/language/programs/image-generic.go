// The program's own types through the standard library's generic and reflective code: a
// generic type instantiated with them (atomic.Pointer), sort.Slice over them, their methods
// reached through fmt (Stringer, error) and errors.As, and a panic raised in strings.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync/atomic"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type reading struct {
	Place string
	Temp  celsius
}

type tooCold struct{ r reading }

func (e *tooCold) Error() string { return e.r.Place + " is too cold: " + e.r.Temp.String() }

func check(r reading) error {
	if r.Temp < 0 {
		return fmt.Errorf("checking: %w", &tooCold{r})
	}
	return nil
}

func main() {
	rs := []reading{{"Oslo", -3.5}, {"Lima", 19}, {"Cairo", 31.25}, {"Reykjavik", -0.5}}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Temp < rs[j].Temp })
	fmt.Println(rs)
	var last atomic.Pointer[reading]
	for i := range rs {
		last.Store(&rs[i])
		if err := check(rs[i]); err != nil {
			var tc *tooCold
			fmt.Println(errors.As(err, &tc), tc.r.Place, err)
		}
	}
	fmt.Printf("%v %+v\n", last.Load().Temp, *last.Load())
	fmt.Fprintln(os.Stderr, strings.EqualFold("OSLO", rs[0].Place), strings.Title("done"))
	fmt.Println(strings.Repeat("-", len(rs)-5))
}
