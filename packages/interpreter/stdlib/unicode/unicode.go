// Package unicode provides data and functions to test some properties of
// Unicode code points. Written for mapscope's interpreter; behaviour as Go
// 1.19's unicode (Go: src/unicode/graphic.go, letter.go, digit.go). The
// classification and case functions are natives (native.go) backed by tables
// generated from Go 1.19 (Unicode 13.0.0); RangeTable and the named tables
// (unicode.Han, unicode.Latin, ...) are not offered.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// IsControl reports whether the rune is a control character. The C (Other)
// Unicode category includes more code points such as surrogates; use Is(C, r)
// to test for them.
func IsControl(r rune) bool {
	return (0 <= r && r < 0x20) || (0x7F <= r && r <= 0x9F)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
