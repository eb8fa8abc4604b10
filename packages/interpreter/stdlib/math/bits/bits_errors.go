package bits

// Go links these two to the runtime's error values. divideError is the real
// one, caught from a division by zero; overflowError has the runtime's
// message but is not a runtime.Error (no Go operation raises it).

var overflowError error = runtimeError("integer overflow")

var divideError error = catchDivideError()

type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

func catchDivideError() (err error) {
	defer func() { err = recover().(error) }()
	zero := 0
	_ = 1 / zero
	return nil
}
