// time.Parse and ParseInLocation: every layout constant round-tripping through Format,
// numeric zones giving FixedZone times, zone abbreviations, fractional seconds, two-digit
// years, 12-hour clocks, day of year, and ParseError's messages (cannot parse, out of range,
// extra text), LoadLocation, UnmarshalText/JSON.
package main

import (
	"errors"
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
}

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("  error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println("  ", t, "|", name, off, "|", t.Nanosecond())
}

func main() {
	times := []time.Time{
		time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC),
		time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.FixedZone("EST", -5*3600)),
		time.Date(1999, time.December, 31, 0, 30, 59, 0, time.FixedZone("", 5*3600+30*60)),
		time.Date(2068, time.January, 1, 12, 0, 0, 500000, time.FixedZone("X", -(9*3600+30*60))),
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			s := t.Format(l)
			p, err := time.Parse(l, s)
			fmt.Printf("%-36q %-40q", l, s)
			if err != nil {
				fmt.Println(" error:", err)
				continue
			}
			fmt.Println(" ->", p, p.Equal(t), p.Format(l) == s)
		}
	}

	fmt.Println("== numeric zones")
	for _, s := range []string{
		"2020-01-02T03:04:05Z", "2020-01-02T03:04:05+01:00", "2020-01-02T03:04:05-07:30",
		"2020-01-02T03:04:05.5+14:00", "2020-01-02T03:04:05.123456789123-01:00",
		"2020-01-02T03:04:05+0100", "2020-01-02T03:04:05 +01:00", "2020-01-02T03:04:05x01:00",
		"2020-01-02T03:04:05+1:00", "2020-01-02T03:04:05+ab:00", "2020-02-30T03:04:05Z",
	} {
		fmt.Println(s)
		show(time.Parse(time.RFC3339, s))
	}
	for _, c := range [][2]string{
		{"15:04 Z07", "10:20 +05"}, {"15:04 Z07", "10:20 Z"}, {"15:04 -07", "10:20 -11"},
		{"15:04 Z0700", "10:20 -0130"}, {"15:04 Z070000", "10:20 +013015"},
		{"15:04 -07:00:00", "10:20 -01:30:15"}, {"15:04 Z07:00:00", "10:20 Z"},
		{"15:04 -070000", "10:20 +0130"}, {"15:04 -07:00:00", "10:20 +01:30"},
		{"15:04 MST", "10:20 UTC"}, {"15:04 MST", "10:20 PDT"}, {"15:04 MST", "10:20 GMT+3"},
		{"15:04 MST", "10:20 GMT-11"}, {"15:04 MST", "10:20 CEST"}, {"15:04 MST", "10:20 ChST"},
		{"15:04 MST", "10:20 +03"}, {"15:04 MST", "10:20 ABCDEF"}, {"15:04 MST", "10:20 Abc"},
		{"15:04 MST", "10:20 AB"}, {"15:04 MST", "10:20 WITA"}, {"15:04 MST", "10:20 ABCD"},
		{"15:04 MST -0700", "10:20 EST -0500"}, {"15:04 MST -0700", "10:20 XYZ +0000"},
	} {
		fmt.Printf("%q %q\n", c[0], c[1])
		show(time.Parse(c[0], c[1]))
	}

	fmt.Println("== fields")
	for _, c := range [][2]string{
		{"2006-01-02 15:04:05", "2023-01-01 10:11:12.123456"},
		{"2006-01-02 15:04:05", "2023-01-01 10:11:12,5"},
		{"2006-01-02 15:04:05", "2023-01-01 10:11:12."},
		{"2006-01-02 15:04:05.000", "2023-01-01 10:11:12.12"},
		{"2006-01-02 15:04:05.000", "2023-01-01 10:11:12.123"},
		{"2006-01-02 15:04:05,000", "2023-01-01 10:11:12,123"},
		{"2006-01-02 15:04:05.999", "2023-01-01 10:11:12"},
		{"2006-01-02 15:04:05.999", "2023-01-01 10:11:12.1234567891"},
		{"15:04:05.9", "10:11:12.123"},
		{"06-01-02", "68-01-02"}, {"06-01-02", "69-01-02"}, {"06-01-02", "00-12-31"},
		{"3:04PM", "12:00AM"}, {"3:04PM", "12:00PM"}, {"3:04PM", "1:30PM"}, {"3:04pm", "11:59am"},
		{"3:04PM", "1:30XM"}, {"3:04pm", "1:30PM"}, {"3PM", "13PM"},
		{"Jan _2 2006", "Feb  3 2021"}, {"Jan _2 2006", "Feb 13 2021"}, {"Jan 2 2006", "feb 3 2021"},
		{"January 2, 2006", "SEPTEMBER 30, 2021"}, {"January 2, 2006", "Sept 30, 2021"},
		{"Monday Jan 2 2006", "Friday Jan 1 2021"}, {"Mon Jan 2 2006", "Fri Jan 1 2021"},
		{"Mon Jan 2 2006", "Xyz Jan 1 2021"},
		{"2006 002", "2020 060"}, {"2006 002", "2021 060"}, {"2006 __2", "2020   1"},
		{"2006 002", "2021 366"}, {"2006 002", "2020 366"}, {"2006 002", "2021 000"},
		{"2006-01 002", "2020-03 060"}, {"2006-01 002", "2020-02 060"},
		{"2006-01-02 002", "2020-02-29 060"}, {"2006-01-02 002", "2020-02-28 060"},
		{"2006 002", "2020 60"},
		{"1/2/2006", "12/31/2021"}, {"01/02/2006", "1/31/2021"},
		{"2006-01-02", "2021-2-03"}, {"_2006", "_2021"}, {"2006", "-100"}, {"2006", "999"},
		{"15:04", "9:30"}, {"15:04:05", "23:59:60"},
	} {
		fmt.Printf("%q %q\n", c[0], c[1])
		show(time.Parse(c[0], c[1]))
	}

	fmt.Println("== errors")
	for _, c := range [][2]string{
		{"2006-01-02", "x"}, {"2006-01-02", ""}, {"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-00-10"}, {"2006-01-02", "2023-02-29"}, {"2006-01-02", "2023-04-31"},
		{"2006-01-02", "2023-01-32"}, {"2006-01-02", "2023-01-00"},
		{"15:04:05", "24:00:00"}, {"15:04:05", "23:60:00"}, {"15:04:05", "23:59:61"},
		{"3:04", "13:00"}, {"2006-01-02", "2023-01-02 extra"}, {"2006-01-02", "2023/01/02"},
		{"2006-01-02 MST", "2023-01-02 X"}, {"2006", "ü"}, {"2006", "\x01\"\\"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05"},
		{"Jan", "Jam"}, {"02 Jan 06", "1 Jan 06"}, {"Monday", "Mon"},
		{"15:04:05.000", "10:11:12.1x3"}, {".000", ".-12"},
		{"2006-01-02", "2023-01-02\n"},
	} {
		fmt.Printf("%q %q\n", c[0], c[1])
		_, err := time.Parse(c[0], c[1])
		fmt.Println("  ", err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("   %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
	fmt.Println((&time.ParseError{Layout: "L", Value: "V", LayoutElem: "LE", ValueElem: "VE"}).Error())
	fmt.Println((&time.ParseError{Value: "V", Message: ": custom"}).Error())

	fmt.Println("== ParseInLocation")
	est := time.FixedZone("EST", -5*3600)
	for _, c := range [][2]string{
		{"2006-01-02 15:04", "2023-06-01 12:00"},
		{"2006-01-02 15:04 -0700", "2023-06-01 12:00 -0500"},
		{"2006-01-02 15:04 -0700", "2023-06-01 12:00 +0100"},
		{"2006-01-02 15:04 MST", "2023-06-01 12:00 EST"},
		{"2006-01-02 15:04 MST", "2023-06-01 12:00 CET"},
		{"2006-01-02 15:04 MST", "2023-06-01 12:00 UTC"},
		{"2006-01-02 15:04 MST -0700", "2023-06-01 12:00 XST -0500"},
	} {
		fmt.Printf("%q %q\n", c[0], c[1])
		t, err := time.ParseInLocation(c[0], c[1], est)
		show(t, err)
		if err == nil {
			fmt.Println("   in EST:", t.Location() == est)
		}
		show(time.ParseInLocation(c[0], c[1], time.UTC))
	}

	fmt.Println("== LoadLocation")
	for _, n := range []string{"", "UTC", "../etc/passwd", "/etc/localtime", "a..b"} {
		l, err := time.LoadLocation(n)
		fmt.Println(l, err, l == time.UTC)
	}

	fmt.Println("== Unmarshal")
	var t time.Time
	fmt.Println(t.UnmarshalText([]byte("2021-03-04T05:06:07.89+02:00")), t)
	fmt.Println(t.UnmarshalText([]byte("2021-03-04")), t)
	fmt.Println(t.UnmarshalJSON([]byte(`"2021-03-04T05:06:07Z"`)), t)
	fmt.Println(t.UnmarshalJSON([]byte("null")), t)
	fmt.Println(t.UnmarshalJSON([]byte("2021-03-04T05:06:07Z")), t)
	b, _ := time.Date(2021, 3, 4, 5, 6, 7, 0, est).MarshalJSON()
	var u time.Time
	fmt.Println(u.UnmarshalJSON(b), u, string(b))
}
