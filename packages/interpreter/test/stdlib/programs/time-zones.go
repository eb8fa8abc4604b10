// Go's own time package with zone files: the local zone from $TZ (Asia/Tokyo here), named
// zones, fixed zones, formatting and parsing.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, time.March, 14, 1, 59, 26, 535897932, time.UTC)
	fmt.Println(t.Local())
	fmt.Println(time.Local)
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	fmt.Println(t.In(ny).Format(time.RFC1123Z))
	fmt.Println(t.Add(24 * time.Hour).In(ny).Format(time.Kitchen), t.Add(24*time.Hour).In(ny).IsDST())
	_, err = time.LoadLocation("Nowhere/Special")
	fmt.Println(err)
	p, err := time.ParseInLocation("2006-01-02 15:04", "2022-07-01 12:00", ny)
	fmt.Println(p, err, p.UTC())
	fixed := time.FixedZone("X", -(3*3600 + 30*60))
	fmt.Println(t.In(fixed).Format(time.RFC3339Nano))
	name, off := t.In(ny).Zone()
	fmt.Println(name, off)
	q, err := time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00")
	fmt.Println(q, err)
}
