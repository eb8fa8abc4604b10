package strconv

// Bound by the interpreter, not by this package's natives: Go's shortest and
// fixed-precision float formatting and its correctly rounded parsing.

// FormatFloat converts the floating-point number f to a string, according to
// the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec,
// assuming f was of the given bitSize (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. Errors
// have concrete type *NumError.
func ParseFloat(s string, bitSize int) (float64, error)
