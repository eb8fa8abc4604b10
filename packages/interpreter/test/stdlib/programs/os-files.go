// Files through Go's own os on the run's file system: create, append, seek, read at, stat,
// list, rename, link, truncate, walk and remove in a temporary directory, and the errors Linux
// gives. Paths are printed relative to the directory, so the output does not depend on it.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "mapscope-files-")
	check(err)
	defer os.RemoveAll(dir)
	rel := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }
	p := filepath.Join(dir, "a.txt")

	check(os.WriteFile(p, []byte("one\ntwo\n"), 0o644))
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n, err := f.WriteString("three\n")
	fmt.Println("append", n, err)
	check(f.Close())

	f, err = os.Open(p)
	check(err)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	off, err := f.Seek(4, io.SeekStart)
	fmt.Println("seek", off, err)
	buf := make([]byte, 3)
	n, err = f.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 8)
	fmt.Printf("readat %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 13)
	fmt.Printf("readat end %d %q %v\n", n, buf[:n], err)
	_, err = f.Write([]byte("x"))
	fmt.Println("write read-only:", rel(fmt.Sprint(err)))
	check(f.Close())
	fmt.Println("closed again:", rel(fmt.Sprint(f.Close())))

	st, err := os.Stat(p)
	check(err)
	fmt.Println("stat", st.Name(), st.Size(), st.Mode(), st.IsDir(), st.Mode().IsRegular())

	check(os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	check(os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("bee"), 0o600))
	check(os.MkdirAll(filepath.Join(dir, "sub", "deep", "er"), 0o755))
	err = os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	fmt.Println("mkdir again:", rel(err.Error()), errors.Is(err, fs.ErrExist), os.IsExist(err))

	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir(), e.Type())
	}

	check(os.Rename(p, filepath.Join(dir, "c.txt")))
	_, err = os.Stat(p)
	fmt.Println("after rename:", rel(err.Error()), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println("path error:", errors.As(err, &pe), pe.Op, rel(pe.Path))

	check(os.Symlink("c.txt", filepath.Join(dir, "link")))
	target, err := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println("readlink", target, err)
	lst, err := os.Lstat(filepath.Join(dir, "link"))
	check(err)
	fmt.Println("lstat", lst.Mode()&fs.ModeSymlink != 0)
	data, err := os.ReadFile(filepath.Join(dir, "link"))
	fmt.Printf("through link %q %v\n", data, err)

	check(os.Truncate(filepath.Join(dir, "c.txt"), 3))
	data, _ = os.ReadFile(filepath.Join(dir, "c.txt"))
	fmt.Printf("truncated %q\n", data)

	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		check(err)
		fmt.Println("walk", rel(path), d.IsDir())
		return nil
	})
	check(err)
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	fmt.Println("glob", rel(strings.Join(matches, ",")))

	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println("remove non-empty:", rel(err.Error()))
	_, err = os.Open(filepath.Join(dir, "missing", "x"))
	fmt.Println("open missing:", rel(err.Error()))
	_, err = os.ReadFile(filepath.Join(dir, "c.txt", "x"))
	fmt.Println("through a file:", rel(err.Error()))
	_, err = os.ReadFile(dir)
	fmt.Println("read a directory:", rel(err.Error()))

	wd, _ := os.Getwd()
	check(os.Chdir(filepath.Join(dir, "sub")))
	now, _ := os.Getwd()
	fmt.Println("chdir", rel(now))
	data, err = os.ReadFile("b.txt")
	fmt.Printf("relative %q %v\n", data, err)
	check(os.Chdir(wd))

	fsys := os.DirFS(dir)
	data, err = fs.ReadFile(fsys, "sub/b.txt")
	fmt.Printf("dirfs %q %v\n", data, err)

	check(os.RemoveAll(filepath.Join(dir, "sub")))
	entries, _ = os.ReadDir(dir)
	fmt.Println("left", len(entries))
}
