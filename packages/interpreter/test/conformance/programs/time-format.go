// time.Time formatting: every layout constant, custom layouts (padding, day of year, 12-hour
// clock, fractional seconds with . and ,, numeric and ISO 8601 zones), FixedZone names and
// offsets, String and GoString, AppendFormat, MarshalText/JSON, zone-dependent fields.
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
}

var custom = []string{
	"2006-01-02 15:04:05.000",
	"2006-01-02 15:04:05,000000",
	"15:04:05,999",
	"Jan _2",
	"Monday 3PM",
	"Mon 03pm",
	".999999999",
	".99",
	".000000000000",
	",9",
	"__2 002",
	"January 2, 2006 (06)",
	"_2006 _2",
	"1/2/06 3:4:5",
	"Z07 -07 Z0700 -0700 Z07:00 -07:00",
	"Z070000 -070000 Z07:00:00 -07:00:00",
	"MST",
	"Month Mond Janet Jan2 Mon_",
	"no std at all",
	"",
	"2006-01-02T15:04:05.999Z07:00 [MST]",
	"05.0 05.9 5.00",
	"2006.002",
}

func main() {
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("EST", -5*3600),
		time.FixedZone("", 5*3600+30*60),
		time.FixedZone("ODD", -(3*3600 + 25*60 + 15)),
		time.FixedZone("", 45),
		time.FixedZone("LINT", 14*3600),
	}
	base := []time.Time{
		time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 0, 0, 0, 1000, time.UTC),
		time.Date(1999, time.December, 31, 12, 30, 59, 990000000, time.UTC),
		time.Date(5, time.July, 4, 7, 8, 9, 100, time.UTC),
	}
	for _, z := range zones {
		fmt.Printf("== zone %q\n", z.String())
		for _, b := range base {
			t := b.In(z)
			name, off := t.Zone()
			fmt.Println(t, "|", name, off, "|", t.Location())
			for _, l := range layouts {
				fmt.Printf("  %-38q %s\n", l, t.Format(l))
			}
		}
	}

	t := time.Date(2023, time.January, 9, 0, 4, 5, 67800000, time.FixedZone("CET", 3600))
	for _, l := range custom {
		fmt.Printf("%-40q %q\n", l, t.Format(l))
	}
	noon := time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)
	for _, h := range []int{0, 1, 11, 12, 13, 23} {
		x := noon.Add(time.Duration(h-12) * time.Hour)
		fmt.Println(x.Format("3PM 03pm 15h"), x.Format(time.Kitchen))
	}
	for _, d := range []int{1, 9, 10, 99, 100, 365} {
		x := time.Date(2021, 1, d, 0, 0, 0, 0, time.UTC)
		fmt.Printf("[%s] [%s] [%s]\n", x.Format("__2"), x.Format("002"), x.Format("Jan _2 02 2"))
	}
	for _, ns := range []int{0, 1, 10, 100000, 120000000, 999999999} {
		x := time.Date(2000, 1, 1, 0, 0, 0, ns, time.UTC)
		fmt.Printf("%q %q %q %q\n", x.Format(".000"), x.Format(".999"), x.Format(time.RFC3339Nano), x.Format("05,000000000"))
	}

	// Years outside 1000..9999 and the zero time.
	for _, y := range []int{0, 1, 99, 999, 10000, 12345, -1, -44} {
		x := time.Date(y, 2, 3, 4, 5, 6, 0, time.UTC)
		fmt.Println(x, "|", x.Format(time.RFC3339), "|", x.Format("06 2006"), x.Year())
	}
	var zero time.Time
	fmt.Println(zero, zero.Format(time.RFC1123Z), zero.IsZero(), zero.Location())
	fmt.Println(zero.In(time.FixedZone("W", -3600)))

	// String and GoString.
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.String())
	fmt.Printf("%v | %s | %#v\n", t, t, t)
	fmt.Printf("%#v\n", t.UTC())
	fmt.Printf("%#v\n", time.Date(2023, time.Month(13), 40, 25, 61, 61, 5, est))
	fmt.Printf("%#v\n", time.Date(2001, 2, 3, 4, 5, 6, 7, time.FixedZone("a\"b", 60)))
	fmt.Println(time.Date(2001, 2, 3, 4, 5, 6, 7, time.FixedZone("", -90)))

	// AppendFormat appends to its buffer.
	buf := []byte("when: ")
	buf = t.AppendFormat(buf, time.RFC822Z)
	buf = append(buf, " / "...)
	buf = t.In(est).AppendFormat(buf, "Monday")
	fmt.Println(string(buf))
	fmt.Println(string(t.AppendFormat(nil, "")) == "", len(t.AppendFormat(make([]byte, 0, 100), time.Kitchen)))

	// The same instant in different zones.
	u := time.Date(2022, 12, 31, 23, 30, 0, 0, time.UTC)
	for _, z := range zones {
		x := u.In(z)
		y, m, d := x.Date()
		h, mi, s := x.Clock()
		yy, wk := x.ISOWeek()
		fmt.Println(x.Format(time.RFC3339), y, m, d, h, mi, s, x.Weekday(), x.YearDay(), yy, wk,
			x.Equal(u), x == u, x.Unix() == u.Unix(), x.UTC() == u, x.IsDST())
	}
	// Date in a zone, normalized, and AddDate keeps the zone.
	d := time.Date(2023, 12, 31, 23, 59, 59, 0, est)
	fmt.Println(d, d.UTC(), d.AddDate(0, 0, 1), d.Add(time.Second), d.Truncate(time.Hour), d.Round(24*time.Hour))
	fmt.Println(time.Date(2023, 1, 1, -1, 0, 0, 0, time.FixedZone("P", 30*60)))
	start, end := d.ZoneBounds()
	fmt.Println(start.IsZero(), end.IsZero())

	// MarshalText and MarshalJSON.
	for _, x := range []time.Time{t, u.In(zones[3]), zero, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)} {
		b, err := x.MarshalText()
		j, err2 := x.MarshalJSON()
		fmt.Printf("%q %v %s %v\n", b, err, j, err2)
	}

	// Month and Weekday names.
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Println(time.UTC, time.FixedZone("Mars/Olympus", 1234), time.FixedZone("", 0).String() == "")
}
