package main

import (
	"fmt"
	"sort"
	"strings"
)

const passPrefix = "CI_"

// copyVars duplicates vars; a nil input gives back nil, just like
// maps.Clone in newer Go releases.
func copyVars(vars map[string]string) map[string]string {
	if vars == nil {
		return nil
	}
	dup := make(map[string]string, len(vars))
	for k, v := range vars {
		dup[k] = v
	}
	return dup
}

type job struct {
	name string
	vars map[string]string // optional, may be nil
}

// environment builds a job's environment: its own variables plus every
// runner variable that carries the pass-through prefix.
func environment(j job, runner []string) []string {
	env := copyVars(j.vars)
	for _, kv := range runner {
		key, val, ok := strings.Cut(kv, "=")
		if ok && strings.HasPrefix(key, passPrefix) {
			if env == nil {
				env = make(map[string]string)
			}
			env[key] = val
		}
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

func main() {
	runner := []string{"HOME=/root", "CI_COMMIT=abc123", "CI_BRANCH=main"}
	jobs := []job{
		{name: "test", vars: map[string]string{"GOFLAGS": "-race"}},
		{name: "lint"},
	}
	for _, j := range jobs {
		fmt.Println(j.name, environment(j, runner))
	}
}
