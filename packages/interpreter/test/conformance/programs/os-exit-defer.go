package main

import (
	"fmt"
	"os"
	"strings"
)

type Cmd struct {
	Name string
	Args []string
}

func parse(line string) (Cmd, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return Cmd{}, fmt.Errorf("empty command")
	}
	return Cmd{f[0], f[1:]}, nil
}

func run(c Cmd, env map[string]string) (string, int) {
	switch c.Name {
	case "set":
		if len(c.Args) != 2 {
			return "usage: set K V", 1
		}
		env[c.Args[0]] = c.Args[1]
		return "ok", 0
	case "get":
		v, ok := env[c.Args[0]]
		if !ok {
			return "unset", 1
		}
		return v, 0
	case "exit":
		return "bye", 42
	}
	return "unknown command " + c.Name, 127
}

func main() {
	defer fmt.Println("this deferred print never runs")
	env := map[string]string{}
	script := []string{"set A 1", "get A", "get B", "bogus", "set X", "", "set B 2", "exit"}
	for i, line := range script {
		c, err := parse(line)
		if err != nil {
			fmt.Printf("%d: error: %v\n", i, err)
			continue
		}
		out, code := run(c, env)
		fmt.Printf("%d: %-22s [%d]\n", i, out, code)
		if code == 42 {
			fmt.Fprintln(os.Stderr, "exiting with", code)
			os.Exit(code)
		}
	}
}
