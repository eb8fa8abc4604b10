package strconv

// Go's shortest and fixed-precision float formatting and its correctly
// rounded parsing, as natives (src/stdlib/natives/strconv.ts, the
// interpreter's TypeScript ports of Go's ftoa.go and atof.go).

// FormatFloat converts the floating-point number f to a string, according to
// the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec,
// assuming f was of the given bitSize (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func formatFloat(f float64, fmt byte, prec, bitSize int) string

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. Errors
// have concrete type *NumError.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, num, code := parseFloat(s, bitSize)
	switch code {
	case 1:
		return f, &NumError{"ParseFloat", num, ErrSyntax}
	case 2:
		return f, &NumError{"ParseFloat", num, ErrRange}
	}
	return f, nil
}

// parseFloat: the value, and for an error its input and kind (1 syntax, 2 range).
func parseFloat(s string, bitSize int) (f float64, num string, code int)
