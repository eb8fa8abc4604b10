package syntax

func ok() {
	var m map[string]int
	m["a"] = 1 // want `m is nil`
}

func broken() {
	x :=
} // want `syntax error`
