// fmt.Fprint* to os.Stdout, os.Stderr, a *strings.Builder and a user Writer; fmt.Append*.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ parts []string }

func (u *upper) Write(p []byte) (int, error) {
	u.parts = append(u.parts, strings.ToUpper(string(p)))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 2, errors.New("disk full") }

func main() {
	n, err := fmt.Fprintf(os.Stdout, "%d-%s|", 42, "x")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stderr, "to stderr", 1, 2.5)
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "a", "b", 3, 4, "c\n")
	var b strings.Builder
	fmt.Fprintf(&b, "%05.1f|%-4s|%x", 3.14159, "go", 255)
	fmt.Fprint(&b, " ", []int{1, 2})
	fmt.Println(b.String(), b.Len())
	u := &upper{}
	var w io.Writer = u
	fmt.Fprintln(w, "hello", "world")
	fmt.Fprintf(w, "%v", map[string]int{"k": 1})
	fmt.Printf("%q\n", u.parts)
	n, err = fmt.Fprintf(failing{}, "abc")
	fmt.Println(n, err)
	buf := fmt.Append([]byte("x="), 1, 2)
	buf = fmt.Appendf(buf, " y=%03d", 7)
	buf = fmt.Appendln(buf, " z", true)
	fmt.Printf("%q\n", buf)
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), os.Stderr.Fd())
	io.WriteString(os.Stdout, "via io.WriteString\n")
	e := fmt.Errorf("wrap %d: %w", 1, io.EOF)
	fmt.Printf("%v %T %v %T\n", e, e, errors.Unwrap(e) == io.EOF, fmt.Errorf("plain"))
	copied := func() (r any) {
		defer func() { r = recover() }()
		var sb strings.Builder
		sb.WriteString("x")
		c := sb
		c.WriteByte('y')
		return nil
	}()
	fmt.Println(copied)
	fmt.Println(strings.Title("hello wide-world ñandú_x 9lives"))
}
