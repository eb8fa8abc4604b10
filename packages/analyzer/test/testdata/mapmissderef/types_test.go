package mapmissderef

import "testing"

// Not flagged in tests: a panic there fails the test, as a check of the key would.
func TestLookup(t *testing.T) {
	users := map[int]*User{1: {Name: "one"}}
	if users[2].Name != "" {
		t.Fatal("two")
	}
}
