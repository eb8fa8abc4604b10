// Package rangevaladdress restates, with code of its own, revive's range-val-address test
// (mgechev/revive, testdata/range_val_address.go; rule/range_val_address.go) for MH004
// loopvar-address-in-map: the address of a range value variable taken in a go1.21 file,
// where every iteration shares the variable. MH004 covers the cases where the address
// ends up in a map.
//
// Out of scope: revive's cases that append the address (&value, &value.id, or a struct
// literal holding &value) to a slice: a slice, not a map (revive's rangeValAddress4, 6, 7,
// 14, 15, and the pointer-element cases 8, 9, 10, 13, which it does not report either).
//
// Covered by ../../loopvar already: `&items[i]` stored in a map (not reported), a struct
// literal holding &value stored in a map, go1.22 files (not reported).
//
// Beyond revive (covered by ../../loopvar): MH004 also reports the address of a range
// key, of a three-clause loop variable, and of fields nested more than one level.
package rangevaladdress

type record struct {
	id string
}

type wrapper struct {
	ref *string
}

func valueAddressAsElement(names []string) map[string]*string {
	byKey := map[string]*string{}
	for _, name := range names {
		byKey["last"] = &name // want `address of loop variable name stored in map byKey: before Go 1.22 every iteration shares one name.*\(this file is go1.21 by go.mod\).*\(MH004\)`
	}
	return byKey
}

func elementAddress(names []string) map[string]*string {
	byKey := map[string]*string{}
	for i := range names {
		byKey["last"] = &names[i]
	}
	return byKey
}

func throughLocal(names []string) map[string]*string {
	byKey := map[string]*string{}
	for _, name := range names {
		p := &name // want `address of loop variable name stored in map byKey`
		byKey["last"] = p
	}
	return byKey
}

func addressAsKey(names []string) map[*string]string {
	byPtr := map[*string]string{}
	for _, name := range names {
		byPtr[&name] = name // want `address of loop variable name stored in map byPtr`
	}
	return byPtr
}

// Ranging over a map of pointers: &rec.id points into the record, not into rec.
func fieldThroughPointer(src map[string]*record) map[string]*string {
	ids := map[string]*string{}
	for key, rec := range src {
		ids[key] = &rec.id
	}
	return ids
}

// Ranging over a map of values: &rec.id points into the shared variable rec.
func fieldOfValue(src map[string]record) map[string]*string {
	ids := map[string]*string{}
	for key, rec := range src {
		ids[key] = &rec.id // want `address of loop variable rec stored in map ids`
	}
	return ids
}

// The same with a type declared inside the function.
func fieldOfLocalType() map[string]*string {
	type entry struct {
		id string
	}
	ids := map[string]*string{}
	for key, e := range map[string]entry{"a": {id: "A"}} {
		ids[key] = &e.id // known miss (MH004): types declared inside a function are unknown to the typer, so e.id is not known to lie inside e; revive reports this
	}
	return ids
}

// A struct literal holding the address, kept in a local, then stored in a map (revive's
// rangeValAddress14, whose local is appended to a slice instead).
func literalThroughLocal(names []string) map[string]wrapper {
	out := map[string]wrapper{}
	for _, name := range names {
		w := wrapper{ref: &name} // want `address of loop variable name stored in map out`
		out[name] = w
	}
	return out
}
