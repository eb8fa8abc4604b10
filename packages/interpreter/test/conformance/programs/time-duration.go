// time.Duration arithmetic and printing: String(), units, rounding and truncation.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second,
		90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-5 * time.Second, 100 * time.Hour, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3723 * time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	timeout := 250 * time.Millisecond
	fmt.Println(timeout*4, timeout/2, timeout.String(), time.Duration(2.5*float64(time.Second)))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err)
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)
	fmt.Println(time.Minute > time.Second, time.Millisecond*1000 == time.Second)
	fmt.Println(time.Duration(1234567890), (-1 * time.Nanosecond).String())
	fmt.Println(d.Abs(), (-d).Abs())
}
