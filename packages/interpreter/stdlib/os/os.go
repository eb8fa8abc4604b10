// Package os, mapscope's own until Go's runs on the interpreter's file system:
// the standard streams, arguments, environment and Exit.
package os

import (
	"errors"
	"io"
)

var Args []string = runtimeArgs()

func runtimeArgs() []string

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

var errBadFd = errors.New("bad file descriptor")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// File: only the standard streams are modelled.
type File struct {
	fd   int
	name string
}

func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// The standard streams; the model's standard input is empty.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// write appends b to the program's standard output (fd 1) or standard error
// (fd 2); false for any other descriptor.
func write(fd int, b []byte) bool

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if !write(f.fd, b) {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read: the model's standard input is empty (0, io.EOF).
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	}
	if len(b) == 0 {
		return 0, nil
	}
	return 0, io.EOF
}

func Exit(code int)

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool)

func Setenv(key, value string) error {
	if len(key) == 0 {
		return errors.New("setenv: invalid argument")
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return errors.New("setenv: invalid argument")
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return errors.New("setenv: invalid argument")
		}
	}
	setenv(key, value)
	return nil
}

func setenv(key, value string)

func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

func Environ() []string
