// copy, append and string([]byte) read and write slice memory in the runtime
// (runtime.slicecopy, runtime.growslice, runtime.slicebytetostring).
package main

import (
	"fmt"
	"time"
)

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	go func() {
		src[1] = 9
	}()
	time.Sleep(time.Millisecond)
	n := copy(dst, src)
	buf := make([]byte, 4, 4)
	go func() {
		buf[2] = 'x'
	}()
	time.Sleep(time.Millisecond)
	buf = append(buf, 'y')
	s := string(buf)
	fmt.Println(n, dst, s)
	b2 := []byte("hello")
	go func() {
		b2[0] = 'j'
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(string(b2))
}
