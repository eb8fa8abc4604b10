// time: Duration methods and parsing, Time arithmetic and printing, timers and tickers.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 1100, 1500 * time.Microsecond, 59 * time.Second, 61 * time.Minute, -90 * time.Minute, 1<<63 - 1} {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	}
	d := 1234567891 * time.Nanosecond
	for _, m := range []time.Duration{0, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Hour} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	for _, s := range []string{"1h", "1.5h", "-2m3.5s", "+300ms", "1µs", "1us", "2ns", "0", "", ".", "1", "3x", "1.s", ".5s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns"} {
		p, err := time.ParseDuration(s)
		fmt.Println(p, err)
	}
	t := time.Date(2023, time.March, 31, 23, 59, 58, 500, time.UTC)
	fmt.Println(t, t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Unix(), t.UnixNano(), t.Nanosecond())
	t2 := t.Add(36*time.Hour + 2*time.Second)
	fmt.Println(t2, t2.Sub(t), t.Sub(t2), t2.After(t), t2.Before(t), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -3, 1), time.Date(2024, 2, 30, 25, 61, 0, 0, time.UTC))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(7*time.Minute), t.Truncate(24*time.Hour))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 5).UTC(), time.UnixMilli(1700000000123).UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Weekday(), time.Month(13), time.Weekday(-1))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(1600, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	h, m, s := t.Clock()
	fmt.Println(h, m, s, t.Hour(), t.Minute(), t.Second(), t.Location(), time.UTC)

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second, time.Until(start) < 0)

	timer := time.NewTimer(30 * time.Millisecond)
	fmt.Println(timer.Reset(10 * time.Millisecond))
	tv := <-timer.C
	fmt.Println(tv.After(start), timer.Stop(), timer.Reset(5*time.Millisecond))
	<-timer.C
	fired := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "afterfunc" })
	stopped := time.AfterFunc(time.Millisecond, func() { fmt.Println("never") })
	fmt.Println(stopped.Stop())
	fmt.Println(<-fired)
	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 2 {
			tick.Reset(20 * time.Millisecond)
		}
		if n == 4 {
			break
		}
	}
	tick.Stop()
	fmt.Println("ticks", n, time.Tick(0) == nil)
	c := time.Tick(10 * time.Millisecond)
	<-c
	<-c
	fmt.Println("tick channel")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var tm time.Timer
		tm.Stop()
	}()
}
