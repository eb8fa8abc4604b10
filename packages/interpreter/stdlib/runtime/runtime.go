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

// Callers and frames come from the interpreter's traceback of the running goroutine: a
// program counter stands for one frame's function, file and line (pcInfo gives them back).

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
	name  string
	entry uintptr
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = pcInfo(pc)
	return file, line
}

// callerPCs gives the program counters of the running goroutine's frames, innermost first,
// from its skip-th caller's frame (0: the function calling callerPCs' caller).
func callerPCs(skip int) []uintptr

// pcInfo gives the function, file and line a program counter stands for.
func pcInfo(pc uintptr) (function, file string, line int, ok bool)

// Stack writes the running goroutine's traceback into buf (all goroutines' when all is set;
// only the running one's frames are known) and gives its length.
func Stack(buf []byte, all bool) int

func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pcs := callerPCs(skip + 1)
	if len(pcs) == 0 {
		return 0, "", 0, false
	}
	_, file, line, ok = pcInfo(pcs[0])
	return pcs[0], file, line, ok
}

// Callers fills pc with the program counters of the caller's stack; skip 0 is Callers
// itself, 1 its caller.
func Callers(skip int, pc []uintptr) int {
	var pcs []uintptr
	if skip == 0 {
		pcs = append([]uintptr{callersPC}, callerPCs(1)...)
	} else {
		pcs = callerPCs(skip)
	}
	return copy(pc, pcs)
}

// callersPC stands for runtime.Callers' own frame.
var callersPC = runtimePC("runtime.Callers", "extern.go", 235)

func runtimePC(function, file string, line int) uintptr

func CallersFrames(callers []uintptr) *Frames {
	frames := make([]Frame, 0, len(callers))
	for _, pc := range callers {
		function, file, line, ok := pcInfo(pc)
		if !ok {
			continue
		}
		f := &Func{name: function, entry: pc}
		frames = append(frames, Frame{PC: pc, Func: f, Function: function, File: file, Line: line, Entry: pc})
	}
	return &Frames{frames: frames}
}

func FuncForPC(pc uintptr) *Func {
	function, _, _, ok := pcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: function, entry: pc}
}

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
