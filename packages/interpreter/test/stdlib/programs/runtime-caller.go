// runtime.Caller, Callers, CallersFrames and FuncForPC: functions and lines of the running
// goroutine's frames (methods and closures named as Go names them); runtime/debug.Stack's
// first lines.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%d %v %v", line, ok, strings.HasSuffix(file, ".go"))
}

func trace() []string {
	pc := make([]uintptr, 10)
	n := runtime.Callers(1, pc)
	frames := runtime.CallersFrames(pc[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %d", f.Function, f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

type T struct{}

func (T) M() []string { return trace() }

func main() {
	fmt.Println(where())
	func() {
		fmt.Println(where())
	}()
	fmt.Println(T{}.M())
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
	l := log.New(os.Stdout, "", 0)
	l.Println("hello")
	stack := strings.Split(string(debug.Stack()), "\n")
	fmt.Println(stack[0], stack[1], stack[3])
}
