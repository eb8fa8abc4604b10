// syscall error numbers and signals, and how os and io/fs match them.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	fmt.Println(syscall.ENOENT, syscall.EACCES.Error(), syscall.Errno(200), syscall.SIGTERM, syscall.Signal(40))
	err := &os.PathError{Op: "open", Path: "/x", Err: syscall.ENOENT}
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist), os.ErrNotExist == fs.ErrNotExist)
	fmt.Println(int(syscall.ENOTDIR), syscall.EAGAIN.Timeout(), syscall.EINTR.Temporary())
}
