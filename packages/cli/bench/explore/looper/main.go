// looper runs a program's binary over and over and reports its outcomes: for each distinct
// outcome (exit status, stdout, the first line of stderr), how many runs it took and how long
// until it was first seen, and how often it happened overall.
//
//	looper [-min N] [-max N] [-time D] [-default KEY] [-want KEY]... BINARY
//
// With -default, an outcome that is neither the default nor wanted is marked NOT EXPECTED.
// It stops when every -want outcome has been seen and at least -min runs are done, or at -max
// runs, or after -time. An outcome's key is `<exit>|<stdout as a Go-quoted string>|<stderr
// first line>`, e.g. `2|""|fatal error: concurrent map writes`. Runs are sequential; the
// child inherits the looper's CPU affinity (run it under taskset) and environment.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"
)

type wants []string

func (w *wants) String() string     { return strings.Join(*w, ", ") }
func (w *wants) Set(s string) error { *w = append(*w, s); return nil }

type seen struct {
	key       string
	count     int
	firstRun  int
	firstTime time.Duration
}

func main() {
	minRuns := flag.Int("min", 2000, "runs to do at least (for the frequencies)")
	maxRuns := flag.Int("max", 20000, "runs to do at most")
	limit := flag.Duration("time", 120*time.Second, "time to run at most")
	def := flag.String("default", "", "the correct outcome (not waited for)")
	var want wants
	flag.Var(&want, "want", "an outcome to wait for (repeatable)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: looper [-min N] [-max N] [-time D] [-default KEY] [-want KEY]... BINARY")
		os.Exit(2)
	}
	bin := flag.Arg(0)
	outcomes := map[string]*seen{}
	var order []*seen
	missing, wanted := map[string]bool{}, map[string]bool{}
	for _, w := range want {
		missing[w], wanted[w] = true, true
	}
	start := time.Now()
	runs := 0
	stop := "cap"
	for runs < *maxRuns && time.Since(start) < *limit {
		if len(missing) == 0 && runs >= *minRuns {
			stop = "all wanted outcomes seen"
			break
		}
		cmd := exec.Command(bin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		runs++
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			fmt.Fprintln(os.Stderr, "looper:", err)
			os.Exit(1)
		}
		first, _, _ := strings.Cut(errb.String(), "\n")
		key := strconv.Itoa(code) + "|" + strconv.Quote(out.String()) + "|" + first
		s := outcomes[key]
		if s == nil {
			s = &seen{key: key, firstRun: runs, firstTime: time.Since(start)}
			outcomes[key] = s
			order = append(order, s)
			delete(missing, key)
		}
		s.count++
	}
	total := time.Since(start)
	if len(missing) > 0 {
		stop = "cap, wanted outcomes not seen"
	}
	fmt.Printf("%d runs in %.1f s (%.2f ms/run; stopped: %s)\n", runs, total.Seconds(),
		total.Seconds()*1000/float64(runs), stop)
	sort.SliceStable(order, func(i, j int) bool { return order[i].count > order[j].count })
	fmt.Printf("  %-56s %8s %8s %12s %10s\n", "outcome", "runs", "freq", "first at run", "after (s)")
	for _, s := range order {
		mark := ""
		switch {
		case wanted[s.key]:
			mark = " (wanted)"
		case s.key == *def:
			mark = " (default)"
		case *def != "":
			mark = " (NOT EXPECTED)"
		}
		fmt.Printf("  %-56s %8d %7.3f%% %12d %10.3f%s\n", s.key, s.count,
			100*float64(s.count)/float64(runs), s.firstRun, s.firstTime.Seconds(), mark)
	}
	for _, w := range want {
		if !missing[w] {
			continue
		}
		fmt.Printf("  %-56s %8d %7.3f%% %12s %10s (wanted, never seen)\n", w, 0, 0.0, "-", "-")
	}
}
