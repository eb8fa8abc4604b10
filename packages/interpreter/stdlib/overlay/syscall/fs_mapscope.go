// mapscope's file-system calls for Go's syscall package, in place of the js/wasm port's, which
// reaches Node's fs module through syscall/js. Each call is a native on the run's file system
// (the machine's in Node, an in-memory one in the browser) that returns a Linux error number,
// 0 for success. The process calls and the error texts below take the place of the js/wasm
// port's too, so that programs see linux/amd64: "no such file or directory", not "No such file
// or directory".
//
//mapscope:replaces fs_js.go

package syscall

import "internal/itoa"

// The natives. Descriptors 0, 1 and 2 are the program's standard input, output and error.
func fsOpen(path string, mode int, perm uint32) (fd int, errno Errno)
func fsClose(fd int) Errno
func fsRead(fd int, b []byte, offset int64) (n int, errno Errno) // offset -1: at the file's offset
func fsWrite(fd int, b []byte, offset int64) (n int, errno Errno)
func fsSeek(fd int, offset int64, whence int) (int64, Errno)
func fsStat(path string, fd int, follow bool, st *Stat_t) Errno // fd -1: by path
func fsReadDirent(fd int, buf []byte) (n int, errno Errno)
func fsPath(op string, path, path2 string, a, b int) Errno // the calls on one or two paths
func fsFD(op string, fd int, a int64) Errno                // the calls on a descriptor
func fsUtimes(path string, atime, mtime int64) Errno
func fsGetcwd() string
func fsReadlink(path string) (string, Errno)

// Linux's paths may not hold a NUL byte (Go: ByteSliceFromString's EINVAL).
func checkPath(path string) Errno {
	for i := 0; i < len(path); i++ {
		if path[i] == 0 {
			return EINVAL
		}
	}
	return 0
}

func Open(path string, mode int, perm uint32) (int, error) {
	if e := checkPath(path); e != 0 {
		return -1, e
	}
	fd, e := fsOpen(path, mode, perm)
	return fd, errnoErr(e)
}

func Close(fd int) error {
	return errnoErr(fsClose(fd))
}

func CloseOnExec(fd int) {}

func Read(fd int, b []byte) (int, error) {
	n, e := fsRead(fd, b, -1)
	return n, errnoErr(e)
}

func Write(fd int, b []byte) (int, error) {
	n, e := fsWrite(fd, b, -1)
	return n, errnoErr(e)
}

func Pread(fd int, b []byte, offset int64) (int, error) {
	if offset < 0 {
		return 0, EINVAL
	}
	n, e := fsRead(fd, b, offset)
	return n, errnoErr(e)
}

func Pwrite(fd int, b []byte, offset int64) (int, error) {
	if offset < 0 {
		return 0, EINVAL
	}
	n, e := fsWrite(fd, b, offset)
	return n, errnoErr(e)
}

func Seek(fd int, offset int64, whence int) (int64, error) {
	off, e := fsSeek(fd, offset, whence)
	return off, errnoErr(e)
}

func Stat(path string, st *Stat_t) error {
	if e := checkPath(path); e != 0 {
		return e
	}
	return errnoErr(fsStat(path, -1, true, st))
}

func Lstat(path string, st *Stat_t) error {
	if e := checkPath(path); e != 0 {
		return e
	}
	return errnoErr(fsStat(path, -1, false, st))
}

func Fstat(fd int, st *Stat_t) error {
	return errnoErr(fsStat("", fd, true, st))
}

// ReadDirent fills buf with the names of directory fd's next entries, each as Dirent lays it
// out: its record length (two bytes, little-endian), then the name.
func ReadDirent(fd int, buf []byte) (int, error) {
	n, e := fsReadDirent(fd, buf)
	return n, errnoErr(e)
}

func pathCall(op, path, path2 string, a, b int) error {
	if e := checkPath(path); e != 0 {
		return e
	}
	if e := checkPath(path2); e != 0 {
		return e
	}
	return errnoErr(fsPath(op, path, path2, a, b))
}

func Mkdir(path string, perm uint32) error        { return pathCall("mkdir", path, "", int(perm), 0) }
func Rmdir(path string) error                     { return pathCall("rmdir", path, "", 0, 0) }
func Unlink(path string) error                    { return pathCall("unlink", path, "", 0, 0) }
func Chmod(path string, mode uint32) error        { return pathCall("chmod", path, "", int(mode), 0) }
func Chown(path string, uid, gid int) error       { return pathCall("chown", path, "", uid, gid) }
func Lchown(path string, uid, gid int) error      { return pathCall("lchown", path, "", uid, gid) }
func Rename(from, to string) error                { return pathCall("rename", from, to, 0, 0) }
func Link(path, link string) error                { return pathCall("link", path, link, 0, 0) }
func Symlink(path, link string) error             { return pathCall("symlink", path, link, 0, 0) }
func Chdir(path string) error                     { return pathCall("chdir", path, "", 0, 0) }
func Fchmod(fd int, mode uint32) error            { return errnoErr(fsFD("fchmod", fd, int64(mode))) }
func Fchown(fd int, uid, gid int) error           { return errnoErr(fsFD("fchown", fd, 0)) }
func Ftruncate(fd int, length int64) error        { return errnoErr(fsFD("ftruncate", fd, length)) }
func Fsync(fd int) error                          { return errnoErr(fsFD("fsync", fd, 0)) }
func Fchdir(fd int) error                         { return errnoErr(fsFD("fchdir", fd, 0)) }
func Dup(fd int) (int, error)                     { return -1, ENOSYS }
func Dup2(fd, newfd int) error                    { return ENOSYS }
func Pipe(fd []int) error                         { return ENOSYS }

func Truncate(path string, length int64) error {
	if e := checkPath(path); e != 0 {
		return e
	}
	if length < 0 {
		return EINVAL
	}
	return errnoErr(fsPath("truncate", path, "", int(length), 0))
}

func UtimesNano(path string, ts []Timespec) error {
	if len(ts) != 2 {
		return EINVAL
	}
	if e := checkPath(path); e != 0 {
		return e
	}
	return errnoErr(fsUtimes(path, TimespecToNsec(ts[0]), TimespecToNsec(ts[1])))
}

// Getcwd copies the current directory into buf and gives its length (js/wasm's Getwd, which
// stays, takes buf[:n], with no NUL as Linux's has).
func Getcwd(buf []byte) (int, error) {
	cwd := fsGetcwd()
	if len(cwd) > len(buf) {
		return 0, ERANGE
	}
	return copy(buf, cwd), nil
}

func Readlink(path string, buf []byte) (int, error) {
	if e := checkPath(path); e != 0 {
		return 0, e
	}
	target, e := fsReadlink(path)
	if e != 0 {
		return 0, e
	}
	return copy(buf, target), nil
}

// The process: natives on the host's ids.
func Getuid() int
func Getgid() int
func Geteuid() int
func Getegid() int
func Getpid() int
func Getppid() int

func Getgroups() ([]int, error) { return []int{Getgid()}, nil }

var umask = 022

func Umask(mask int) int {
	old := umask
	umask = mask
	return old
}

// Error is an error number's text as Linux's C library gives it.
func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(linuxErrorText) {
		if s := linuxErrorText[e]; s != "" {
			return s
		}
	}
	return "errno " + itoa.Itoa(int(e))
}

var linuxErrorText = [...]string{
	EPERM:        "operation not permitted",
	ENOENT:       "no such file or directory",
	ESRCH:        "no such process",
	EINTR:        "interrupted system call",
	EIO:          "input/output error",
	ENXIO:        "no such device or address",
	E2BIG:        "argument list too long",
	ENOEXEC:      "exec format error",
	EBADF:        "bad file descriptor",
	ECHILD:       "no child processes",
	EAGAIN:       "resource temporarily unavailable",
	ENOMEM:       "cannot allocate memory",
	EACCES:       "permission denied",
	EFAULT:       "bad address",
	EBUSY:        "device or resource busy",
	EEXIST:       "file exists",
	EXDEV:        "invalid cross-device link",
	ENODEV:       "no such device",
	ENOTDIR:      "not a directory",
	EISDIR:       "is a directory",
	EINVAL:       "invalid argument",
	ENFILE:       "too many open files in system",
	EMFILE:       "too many open files",
	ENOTTY:       "inappropriate ioctl for device",
	EFBIG:        "file too large",
	ENOSPC:       "no space left on device",
	ESPIPE:       "illegal seek",
	EROFS:        "read-only file system",
	EMLINK:       "too many links",
	EPIPE:        "broken pipe",
	EDOM:         "numerical argument out of domain",
	ERANGE:       "numerical result out of range",
	EDEADLK:      "resource deadlock avoided",
	ENAMETOOLONG: "file name too long",
	ENOLCK:       "no locks available",
	ENOSYS:       "function not implemented",
	ENOTEMPTY:    "directory not empty",
	ELOOP:        "too many levels of symbolic links",
	EOPNOTSUPP:   "operation not supported",
	ETIMEDOUT:    "connection timed out",
	ECONNREFUSED: "connection refused",
}

// String is a signal's name as Linux's C library gives it.
func (s Signal) String() string {
	switch s {
	case SIGCHLD:
		return "child exited"
	case SIGINT:
		return "interrupt"
	case SIGKILL:
		return "killed"
	case SIGTRAP:
		return "trace/breakpoint trap"
	case SIGQUIT:
		return "quit"
	case SIGTERM:
		return "terminated"
	}
	return "signal " + itoa.Itoa(int(s))
}
