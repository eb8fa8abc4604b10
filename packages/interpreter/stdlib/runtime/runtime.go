// Package runtime, mapscope's own: the runtime is the model (scheduler, maps,
// heap), and this is what programs see of it.
package runtime

type Error interface {
	error
	RuntimeError()
}

// GOOS and GOARCH are those of the platform the interpreter models.
const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// GOROOT is $GOROOT, else the Go source tree the standard library was read from ("" when none,
// as in a browser).
func GOROOT() string

// Version: the release the interpreter models.
func Version() string { return "go1.19" }

func Gosched()
func Goexit()
func GC()
func NumGoroutine() int

// NumCPU is 1: the interpreter runs one goroutine at a time.
func NumCPU() int { return 1 }

var gomaxprocs = 1

// GOMAXPROCS keeps the setting (n ≥ 1) and gives the previous one; the model
// runs one goroutine at a time whatever it is.
func GOMAXPROCS(n int) int {
	prev := gomaxprocs
	if n >= 1 {
		gomaxprocs = n
	}
	return prev
}

func KeepAlive(x any) {}

// SetFinalizer does nothing: without a collector no finalizer runs (Go does not
// promise that one runs either).
func SetFinalizer(obj any, finalizer any) {}

// Callers and frames: the interpreter keeps no program counters yet, so these report that
// they are not supported when they are called (a program that only declares their use, as
// package log does for its file:line flags, runs).

// A Frame is one call's function, file and line.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of a call stack.
type Frames struct {
	frames []Frame
}

func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.frames) == 0 {
		return Frame{}, false
	}
	frame, ci.frames = ci.frames[0], ci.frames[1:]
	return frame, len(ci.frames) > 0
}

// A Func is a function of the program.
type Func struct {
	name string
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr { return 0 }

func (f *Func) FileLine(pc uintptr) (file string, line int) { return "?", 0 }

func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int
func CallersFrames(callers []uintptr) *Frames
func FuncForPC(pc uintptr) *Func
func Stack(buf []byte, all bool) int

// LockOSThread and UnlockOSThread change nothing: goroutines have no threads here.
func LockOSThread()   {}
func UnlockOSThread() {}

// NumCgoCall is 0: there is no cgo.
func NumCgoCall() int64 { return 0 }

// MemProfileRate is kept; the model profiles nothing.
var MemProfileRate int = 512 * 1024

// SetBlockProfileRate and SetMutexProfileFraction change nothing: no profiles are taken.
func SetBlockProfileRate(rate int) {}

func SetMutexProfileFraction(rate int) int { return 0 }
