// Does not compile: more branch errors — break and continue outside loops, labels defined twice
// or not at all, fallthrough in a type switch and in select.
package main

func main() {
	var x interface{} = 1
	break
	switch x.(type) {
	case int:
		fallthrough
	case string:
	}
	select {
	default:
		fallthrough
	}
	continue
Twice:
	for {
		break Nowhere
	}
Twice:
	for {
		continue Twice
	}
	goto Missing
}
