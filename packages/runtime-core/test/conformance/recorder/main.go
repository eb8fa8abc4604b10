// Command recorder drives the real Go 1.19 runtime map (linux/amd64) with a fixed hash key
// and fixed per-map seeds and writes JSON goldens of the map's internal state after every
// operation (map-<scenario>.json) and of the runtime's hash functions (hash.json) into the
// directory named on the command line. Run it through ../record.sh, which sets
// GODEBUG=cpu.aes=off: the AES hashes are keyed by random data that cannot be fixed, the
// fallback hashes of runtime/hash64.go by runtime.hashkey, which main sets first thing.
//
// The format of the goldens is described in ../README.md.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// fixedHashkey replaces runtime.hashkey (alginit makes its words odd; these are odd).
var fixedHashkey = [4]uintptr{0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9, 0x94d049bb133111eb, 0x2545f4914f6cdd1d}

var goVersion = runtime.Version()

func hashkeyJSON() string {
	s := make([]string, len(hashkey))
	for i, k := range hashkey {
		s[i] = hex64(uint64(k))
	}
	return "[" + strings.Join(s, ",") + "]"
}

// errNotReached reports that a scenario's run did not reach the feature it is named for;
// scenarios that depend on the runtime's random draws (iterator start positions) are re-run.
var errNotReached = errors.New("feature not reached")

type scenario struct {
	name string
	// run records the scenario with the given hash seed for its map(s); it returns the
	// golden, or an error wrapping errNotReached.
	run func(seed uint32) ([]byte, error)
}

func main() {
	// Before any map is made (maps made by package initialisers would be unreadable after
	// this; the recorder imports none that make any).
	hashkey = fixedHashkey
	if useAeshash {
		panic("run with GODEBUG=cpu.aes=off")
	}
	checkLayouts()
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: recorder <golden dir>")
		os.Exit(2)
	}
	dir := os.Args[1]

	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			panic(err)
		}
		fmt.Printf("%8d  %s\n", len(data), name)
	}

	for i, sc := range scenarios() {
		seed := uint32(0x01234567 + i*0x10203)
		var data []byte
		var err error
		for attempt := 1; ; attempt++ {
			data, err = sc.run(seed)
			if err == nil {
				break
			}
			if !errors.Is(err, errNotReached) || attempt == 200 {
				panic(fmt.Sprintf("%s: %v", sc.name, err))
			}
		}
		write("map-"+sc.name+".json", data)
	}
	write("hash.json", hashGolden())
}
