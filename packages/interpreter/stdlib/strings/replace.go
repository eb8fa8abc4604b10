package strings

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches, and comparisons are done in argument order.
// NewReplacer panics if given an odd number of arguments.
//
// Go picks one of several algorithms by the shape of the pairs; they all
// agree with this one, which tries the pairs in argument order at each
// position (Go: strings/replace.go genericReplacer).
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// match returns the replacement for the first pair whose old string is a
// prefix of s, skipping empty old strings if skipEmpty.
func (r *Replacer) match(s string, skipEmpty bool) (val string, keylen int, ok bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0
	changed := false
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		// An empty match is not taken twice at the same position.
		val, keylen, ok := r.match(s[i:], prevMatchEmpty)
		prevMatchEmpty = ok && keylen == 0
		if ok {
			b.WriteString(s[last:i])
			b.WriteString(val)
			changed = true
			i += keylen
			last = i
			continue
		}
		i++
	}
	if !changed {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
