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

// What other linters were told is deliberate: golangci-lint's nolint for govet, staticcheck's
// lint:ignore for the SA check a rule repeats.
func peerStaticcheck() {
	var m map[string]int
	m["a"] = 1 //lint:ignore SA5000 demonstrating the panic on purpose
}

func peerOtherCheck() {
	var m map[string]int
	//nolint:govet // vet has no nil-map check
	m["b"] = 2 // want `m is nil`
}

func peerOtherCode() {
	var m map[string]int
	m["c"] = 3 //lint:ignore SA4006 another check // want `m is nil`
}
