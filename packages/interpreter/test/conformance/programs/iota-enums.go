package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for _, x := range []struct {
		p Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.p != 0 {
			parts = append(parts, x.n)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%d:%v:%t ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, TB, ByteSize(1500), ByteSize(3.5*float64(GB)), ByteSize(12))
	var p Perm = Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Read, uint8(p))
	p |= Write
	fmt.Printf("%v %03b %d\n", p, p, p)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Debug, Info, Warn, Error)
	days := map[Weekday]int{Monday: 8, Friday: 6, Sunday: 0}
	fmt.Println(days)
	fmt.Printf("%v %d %s\n", Weekday(10), Tuesday, Friday)
	const big = 1 << 100
	fmt.Println(big >> 98)
}
