// Package utf8 implements functions and constants to support text encoded in
// UTF-8. Written for mapscope's interpreter; behaviour as Go 1.19's
// unicode/utf8 (Go: src/unicode/utf8/utf8.go).
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// leading describes a leading byte: how many bytes the sequence it starts
// has (1 for ASCII and for invalid bytes) and the range the second byte must
// lie in. Every later continuation byte must lie in 0x80..0xBF.
func leading(b byte) (size int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 1, 0, 0 // continuation byte or overlong 2-byte form
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF // no overlong 3-byte forms
	case b == 0xED:
		return 3, 0x80, 0x9F // no surrogates
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF // no overlong 4-byte forms
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F // nothing above U+10FFFF
	}
	return 1, 0, 0
}

func isCont(b byte) bool { return 0x80 <= b && b <= 0xBF }

// decode decodes the first rune of s; the byte and string variants share it.
func decode(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	size, lo, hi := leading(b0)
	if size == 1 || n < size {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if size == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if size == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// fullRune reports whether s begins with a full encoding (valid or not).
func fullRune(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := leading(s[0])
	if n >= size {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && !isCont(s[2]) {
		return true
	}
	return false
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of
// a rune. An invalid encoding is considered a full Rune since it will convert
// as a width-1 error rune.
func FullRune(p []byte) bool {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return fullRune(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	if len(s) > UTFMax {
		s = s[:UTFMax]
	}
	return fullRune(s)
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return decode(string(p))
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > UTFMax {
		s = s[:UTFMax]
	}
	return decode(s)
}

// decodeLast decodes the last rune of s.
func decodeLast(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := decode(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	if len(p) > UTFMax {
		p = p[len(p)-UTFMax:]
	}
	return decodeLast(string(p))
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	if len(s) > UTFMax {
		s = s[len(s)-UTFMax:]
	}
	return decodeLast(s)
}

// RuneLen returns the number of bytes required to encode the rune. It returns
// -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of
// the rune. If the rune is out of range, it writes the encoding of RuneError.
// It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	// The highest index is written first so that a short p panics with the
	// same index as Go's version.
	switch {
	case r < 0x80:
		p[0] = byte(r)
		return 1
	case r < 0x800:
		p[1] = 0x80 | byte(r)&0x3F
		p[0] = 0xC0 | byte(r>>6)
		return 2
	case r < 0x10000:
		p[2] = 0x80 | byte(r)&0x3F
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[0] = 0xE0 | byte(r>>12)
		return 3
	}
	p[3] = 0x80 | byte(r)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[0] = 0xF0 | byte(r>>18)
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the
// extended buffer. If the rune is out of range, it appends the encoding of
// RuneError.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings
// are treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top two
// bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points
// that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
