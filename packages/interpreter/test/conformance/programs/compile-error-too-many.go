// Does not compile: more than ten errors. cmd/compile stops at the tenth error in the order the
// type checker reports them (unused variables at the end of each function body), prints those
// ten sorted by position, then "too many errors" at the tenth's position; the unused import,
// reported last, is never reached.
package main

import "os"

func f() {
	a := 1
	b := 2
}

func main() {
	x := undefined1
	y := undefined2; w := undefined3
	_ = undefined4 + undefined4
	_ = undefined5
	_ = undefined6
	_ = undefined7
	_ = undefined8
	_ = undefined9
	_ = undefined10
	var q int
}
