package strconv

// Bodies for the natives of strconv, for check.sh only: real Go's answers.

import std "strconv"

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return std.FormatFloat(f, fmt, prec, bitSize)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, err := std.ParseFloat(s, bitSize)
	if e, ok := err.(*std.NumError); ok {
		inner := e.Err
		switch inner {
		case std.ErrRange:
			inner = ErrRange
		case std.ErrSyntax:
			inner = ErrSyntax
		}
		return f, &NumError{e.Func, e.Num, inner}
	}
	return f, err
}
