// Package runtime/debug, mapscope's own: the settings the model has (the collector's percent,
// the traceback level) are kept and given back; what reads the runtime's memory or the
// binary is not supported yet.
package debug

import (
	"os"
	"runtime"
)

var gcPercent = 100

// SetGCPercent keeps the collector's target percentage and gives the previous one.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

var maxStack = 1000000000

// SetMaxStack keeps the stack limit and gives the previous one.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

var maxThreads = 10000

// SetMaxThreads keeps the thread limit and gives the previous one.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetMemoryLimit keeps the memory limit and gives the previous one (a negative limit only
// reads it).
var memoryLimit int64 = 1<<63 - 1

func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// SetPanicOnFault and SetTraceback change nothing the model shows.
func SetPanicOnFault(enabled bool) bool { return false }
func SetTraceback(level string)        {}

// FreeOSMemory has nothing to return to the operating system.
func FreeOSMemory() {}

// Stack gives the running goroutine's traceback, as a panic prints it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

func PrintStack() {
	os.Stderr.Write(Stack())
}

// BuildInfo describes the binary; the interpreter builds none.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

type BuildSetting struct {
	Key, Value string
}

// ReadBuildInfo reports no build information.
func ReadBuildInfo() (info *BuildInfo, ok bool) { return nil, false }
