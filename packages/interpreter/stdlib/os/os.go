// Package os, mapscope's own until Go's runs on the interpreter's file system:
// the standard streams, arguments, environment and Exit.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

var Args []string = runtimeArgs()

func runtimeArgs() []string

// The portable errors are io/fs's, as in Go.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

var errBadFd = syscall.EBADF

type PathError = fs.PathError

// LinkError records an error during a link, symlink or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError (nil for a nil err).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// underlyingError is the error inside a PathError, LinkError or SyscallError.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// File system types are io/fs's.
type (
	FileInfo = fs.FileInfo
	FileMode = fs.FileMode
	DirEntry = fs.DirEntry
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Whence values of Seek (io.SeekStart and friends are their names now).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Flags of OpenFile.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// The file system is not modelled yet: these stop the program with "not supported yet".
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func Create(name string) (*File, error)
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func ReadDir(name string) ([]DirEntry, error)
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Getwd() (dir string, err error)
func Chdir(dir string) error
func MkdirTemp(dir, pattern string) (string, error)
func CreateTemp(dir, pattern string) (*File, error)
func TempDir() string
func UserHomeDir() (string, error)
func Hostname() (name string, err error)
func Getpid() int
func DirFS(dir string) fs.FS
func Readlink(name string) (string, error)
func Getuid() int
func Getgid() int
func Executable() (string, error)
func Pipe() (r *File, w *File, err error)
func Chmod(name string, mode FileMode) error

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

// Close closes the File; the standard streams stay usable by the model.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Sync has nothing to flush: writes reach the program's output at once.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Not modelled yet (the file system): these stop the program with "not supported yet".
func (f *File) Stat() (FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) Chmod(mode FileMode) error
func (f *File) Truncate(size int64) error

// Expand replaces $name and ${name} in s by mapping(name), as a shell would: a name is a run
// of letters, digits and underscores, or one of the shell's special characters (* # $ @ ! ?
// - and the digits) alone; "${}" and an unclosed "${" are dropped, and a "$" followed by no
// name stays.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 >= len(s) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[start:i]...)
		name, width := shellName(s[i+1:])
		switch {
		case name == "" && width > 0:
			// Bad syntax: what was read is dropped.
		case name == "":
			out = append(out, '$')
		default:
			out = append(out, mapping(name)...)
		}
		i += width
		start = i + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[start:]
}

// ExpandEnv replaces $name and ${name} by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func nameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the name after a "$": the name and how many bytes it took.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if shellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && nameByte(s[i]) {
		i++
	}
	return s[:i], i
}

func Chtimes(name string, atime time.Time, mtime time.Time) error
func Chown(name string, uid, gid int) error
func Symlink(oldname, newname string) error
func Link(oldname, newname string) error
func Truncate(name string, size int64) error
func SameFile(fi1, fi2 FileInfo) bool
func Getppid() int
func Getpagesize() int { return 4096 }
