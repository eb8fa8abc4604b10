// Command recorder drives the real Go 1.19 runtime map (linux/amd64) with a fixed hash key
// and fixed per-map seeds and writes JSON goldens of the map's internal state after every
// operation (map-<scenario>.json), of the runtime's hash functions (hash.json) and of the
// layouts of types and map types read from the runtime's type descriptors (types.json) into
// the directory named on the command line. Run it through ../record.sh, which sets
// GODEBUG=cpu.aes=off: the AES hashes are keyed by random data that cannot be fixed, the
// fallback hashes of runtime/hash64.go by runtime.hashkey, which main sets first thing.
//
// The format of the goldens is described in ../README.md.
package main

import (
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

type scenario struct {
	name string
	// run records the scenario with the given hash seed for its map(s) and returns the
	// golden. It panics if the scenario does not reach the feature it is named for, and
	// panics with retry{} if a random draw of the runtime did not go the scenario's way.
	run func(seed uint32) []byte
}

// record runs sc until no retry{} is raised.
func record(sc scenario, seed uint32) []byte {
	for attempt := 1; ; attempt++ {
		sink = nil // drop the maps of earlier attempts
		data, again := func() (data []byte, again bool) {
			defer func() {
				if e := recover(); e != nil {
					if _, ok := e.(retry); !ok || attempt == 1000000 {
						panic(e)
					}
					again = true
				}
			}()
			return sc.run(seed), false
		}()
		if !again {
			return data
		}
	}
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
		write("map-"+sc.name+".json", record(sc, uint32(0x01234567+i*0x10203)))
	}
	write("hash.json", hashGolden())
	write("types.json", typesGolden())
}
