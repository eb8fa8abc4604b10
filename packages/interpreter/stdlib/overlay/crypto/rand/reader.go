// mapscope's Reader for Go's crypto/rand, in place of the js/wasm port's, which asks the
// browser's crypto object: bytes from the run's random source, so that a run with a given
// seed, and an explored schedule's replay, read the same bytes.
//
//mapscope:replaces rand_js.go

package rand

func init() {
	Reader = &reader{}
}

type reader struct{}

func (r *reader) Read(b []byte) (int, error) {
	fill(b)
	return len(b), nil
}

// fill sets b to random bytes (a native).
func fill(b []byte)
