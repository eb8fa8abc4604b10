package nildecode

import (
	"encoding/json"
	"strings"
	"sync"
)

type index struct {
	Words  []string `json:"words"`
	byHead map[byte][]int
}

func newIndex() *index { return &index{byHead: map[byte][]int{}} }

// starting builds its lookup table on first use, writing into the unexported map.
func (x *index) starting(c byte) []string {
	if len(x.byHead) == 0 {
		for i, w := range x.Words {
			h := strings.ToLower(w)[0]
			x.byHead[h] = append(x.byHead[h], i)
		}
	}
	var out []string
	for _, i := range x.byHead[c] {
		out = append(out, x.Words[i])
	}
	return out
}

// safeStarting makes the map when it is missing.
func (x *index) safeStarting(c byte) []string {
	if x.byHead == nil {
		x.byHead = map[byte][]int{}
	}
	for i, w := range x.Words {
		x.byHead[w[0]] = append(x.byHead[w[0]], i)
	}
	return nil
}

func load(saved []byte) []string {
	var loaded index
	if err := json.Unmarshal(saved, &loaded); err != nil {
		return nil
	}
	return loaded.starting('m') // want `loaded.starting\(\) writes loaded.byHead \(receiver.go:21\), but loaded is a zero index \(declared at line 43\) that only decoding filled` MH003
}

func loadSafe(saved []byte) []string {
	var loaded index
	_ = json.Unmarshal(saved, &loaded)
	return loaded.safeStarting('m')
}

func built() []string {
	return newIndex().starting('m')
}

// set makes its map in a helper method before writing (the pattern of cmd/go's par.Work).
type set struct {
	mu    sync.Mutex
	items map[string]bool
}

func (s *set) init() {
	if s.items == nil {
		s.items = make(map[string]bool)
	}
}

func (s *set) Add(k string) {
	s.mu.Lock()
	s.init()
	s.items[k] = true
	s.mu.Unlock()
}

func (s *set) AddUnready(k string) { s.items[k] = true }

func zeroSets() {
	var ready set
	ready.Add("a")
	var unready set
	unready.AddUnready("b") // want `unready.AddUnready\(\) writes unready.items \(receiver.go:79\), but unready is a zero set \(declared at line 84\): it is nil and the write panics at run time` MH003
}

// Reset replaces the whole receiver with one whose map is made (pebble's
// CurrentBlobFileSet.Init); ResetEmpty replaces it with one whose map is nil.
func (s *set) Reset(keys []string) {
	*s = set{items: make(map[string]bool)}
	for _, k := range keys {
		s.items[k] = true
	}
}

func (s *set) ResetEmpty(keys []string) {
	*s = set{}
	for _, k := range keys {
		s.items[k] = true // want `s.items is nil on every path here` MH003
	}
}

func resetSets() {
	var fresh set
	fresh.Reset([]string{"a"})
	var empty set
	empty.ResetEmpty([]string{"b"}) // want `empty.ResetEmpty\(\) writes empty.items` MH003
}
