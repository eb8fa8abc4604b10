#!/usr/bin/env bash
# Runs every program of the explore corpus (NAME.go here) with real Go 1.19 many times and
# records which outcomes real Go showed, and how often, in expected.json's "realGo" parts.
# The hand-derived parts ("outcomes", "why") are left as they are. The explore tests do not
# need Go; this script only re-records what real Go does.
#
# Usage: bash record.sh [NAME ...]        (default: every NAME.go in this directory)
#   RUNS=N       runs per GOMAXPROCS setting (default 2500, so 5000 per program)
#   SLOW_RUNS=N  the same for the programs that sleep (leak-timeout; default 250)
#   TIMEOUT=S    seconds before a run is killed (default 10; a killed run is outcome 124)
#
# How a program is run
#   NAME.go is copied alone into a temp dir as main.go beside a go.mod (`module x`, `go
#   1.19`), built once with `go build`, and the binary is run RUNS times with GOMAXPROCS=1
#   and RUNS times with GOMAXPROCS=2 (not pinned; GOTRACEBACK, GODEBUG, GORACE unset) by a
#   small Go runner (below) that execs it and collects the outcomes: exit status, stdout, the
#   first line of stderr. An outcome's key in "seen" is `<exit>|<stdout as JSON>|<stderr line>`.
#   "leaked" (goroutines blocked when main returned) is mapscope's notion: real Go does not
#   print it, so seen outcomes are matched against the expected ones without it.
#
# The script fails when real Go showed an outcome that is not in the program's expected set
# (the reasoning behind that set is then wrong), or a program has no entry in expected.json.
# expected.json is rewritten with prettier afterwards (the repository's format check).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
go version | grep -q 'go1\.19' || { echo "record.sh: needs Go 1.19, found: $(go version)" >&2; exit 1; }
RUNS="${RUNS:-2500}"
SLOW_RUNS="${SLOW_RUNS:-250}"
TIMEOUT="${TIMEOUT:-10}"
slow=" leak-timeout "

export GOFLAGS= GOWORK=off GO111MODULE=on CGO_ENABLED=0
unset GOTRACEBACK GODEBUG GORACE GOMAXPROCS || true

if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for f in "$here"/*.go; do names+=("$(basename "$f" .go)"); done
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/mapscope-explore.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The runner: runs a binary N times per GOMAXPROCS value and prints the distinct outcomes as
# JSON: {"1": [{"exit":0,"stdout":"2\n","stderr":"","count":2500}], "2": [...]}.
mkdir -p "$work/runner"
cat >"$work/runner/main.go" <<'GO'
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

type outcome struct {
	Exit   int    `json:"exit"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Count  int    `json:"count"`
}

func main() {
	bin := os.Args[1]
	runs, _ := strconv.Atoi(os.Args[2])
	timeout, _ := strconv.Atoi(os.Args[3])
	procs := strings.Split(os.Args[4], ",")
	env := os.Environ()
	all := map[string][]*outcome{}
	for _, p := range procs {
		seen := map[outcome]*outcome{}
		var list []*outcome
		for i := 0; i < runs; i++ {
			ctx, cancel := context.WithTimeout(context.Background(), time.Duration(timeout)*time.Second)
			cmd := exec.CommandContext(ctx, bin)
			cmd.Env = append(append([]string{}, env...), "GOMAXPROCS="+p)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if ctx.Err() != nil {
				code = 124
			} else if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				panic(err)
			}
			cancel()
			first, _, _ := strings.Cut(errb.String(), "\n")
			k := outcome{Exit: code, Stdout: out.String(), Stderr: first}
			if o := seen[k]; o != nil {
				o.Count++
			} else {
				o := k
				o.Count = 1
				seen[k] = &o
				list = append(list, &o)
			}
		}
		all[p] = list
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(all); err != nil {
		panic(err)
	}
}
GO
printf 'module runner\n\ngo 1.19\n' >"$work/runner/go.mod"
(cd "$work/runner" && go build -o "$work/run" .)

results="$work/results"; mkdir -p "$results"
for name in "${names[@]}"; do
  src="$here/$name.go"
  [ -f "$src" ] || { echo "record.sh: no such program $src" >&2; exit 1; }
  dir="$work/$name"; mkdir -p "$dir"; cp "$src" "$dir/main.go"
  printf 'module x\n\ngo 1.19\n' >"$dir/go.mod"
  (cd "$dir" && go build -o prog .)
  n="$RUNS"; [[ $slow == *" $name "* ]] && n="$SLOW_RUNS"
  "$work/run" "$dir/prog" "$n" "$TIMEOUT" 1,2 >"$results/$name.json"
done

status=0
node - "$here/expected.json" "$results" "$(go version | sed 's/^go version //')" "${names[@]}" <<'JS' || status=$?
const { readFileSync, writeFileSync } = require('node:fs');
const [file, results, goVersion, ...names] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(file, 'utf8'));
let failed = false;
for (const name of names) {
  const entry = expected.programs[name];
  if (entry === undefined) {
    console.error(`FAIL ${name}: no entry in expected.json (derive its outcomes first)`);
    failed = true;
    continue;
  }
  const byProcs = JSON.parse(readFileSync(`${results}/${name}.json`, 'utf8'));
  const key = (o) => `${o.exit}|${JSON.stringify(o.stdout)}|${o.stderr}`;
  const allowed = new Set(
    entry.outcomes.map((o) => `${o.exitCode}|${JSON.stringify(o.stdout)}|${o.stderr}`),
  );
  const realGo = { runs: 0, seen: {}, byGOMAXPROCS: {} };
  for (const [procs, list] of Object.entries(byProcs)) {
    const part = { runs: 0, seen: {} };
    for (const o of list) {
      part.runs += o.count;
      part.seen[key(o)] = o.count;
      realGo.seen[key(o)] = (realGo.seen[key(o)] ?? 0) + o.count;
    }
    realGo.runs += part.runs;
    realGo.byGOMAXPROCS[procs] = part;
  }
  entry.realGo = realGo;
  const lines = Object.entries(realGo.seen).map(([k, n]) => {
    const bad = !allowed.has(k);
    if (bad) {
      failed = true;
    }
    return `    ${String(n).padStart(6)}  ${k}${bad ? '   <-- NOT EXPECTED' : ''}`;
  });
  const missing = [...allowed].filter((k) => !(k in realGo.seen));
  console.log(`${name}: ${realGo.runs} runs`);
  console.log(lines.join('\n'));
  for (const k of missing) {
    console.log(`         0  ${k}   (expected, not seen)`);
  }
}
expected.recorded = { go: goVersion, date: new Date().toISOString().slice(0, 10) };
writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
if (failed) {
  console.error('record.sh: real Go showed outcomes outside the expected sets (see above)');
  process.exit(1);
}
JS
prettier="$repo/node_modules/.bin/prettier"
[ -x "$prettier" ] && "$prettier" --log-level warn --write "$here/expected.json"
exit "$status"
