// mapscope's versions of functions of Go's os package that reinterpret memory through
// unsafe.Pointer, which the model refuses: the same behaviour, with a copy.

package os

// WriteString writes s as Write writes its bytes (Go's shares s's memory instead of copying).
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}
