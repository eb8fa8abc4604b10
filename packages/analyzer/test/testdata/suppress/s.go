package suppress

func trailing() {
	var m map[string]int
	m["a"] = 1 //mapscope:ignore MH003 demonstrating the panic on purpose
}

func above() {
	var m map[string]int
	//mapscope:ignore MH003,MH006 demonstrating the panic on purpose
	m["a"] = 1
}

func wrongRule() {
	var m map[string]int
	m["a"] = 1 //mapscope:ignore MH004 not this rule // want `m is nil`
}

func inString() string {
	return "//mapscope:ignore nonsense"
}
