// iota in const blocks: skipping, expressions, typed enums, implicit repetition.
package main

import "fmt"

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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	FlagA = 1 << iota
	FlagB
	FlagC
	FlagD
	Mask = FlagA | FlagC
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%d %v %s\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, Mask)
	fmt.Printf("%04b %08b\n", Mask, FlagA|FlagB|FlagD)
	fmt.Println(x0, x1, x2, x3)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	const (
		p = iota * iota
		q
		r
	)
	fmt.Println(p, q, r)
}
