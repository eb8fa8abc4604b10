package loopcapture

import "fmt"

func rangeValue(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }() // want `loop variable x captured .*Go version unknown: no go.mod, //go:build line or --lang`
	}
}
