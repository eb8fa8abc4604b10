#!/usr/bin/env bash
# Records programs/NAME.golden.json for every programs/NAME.go with real Go 1.19's race
# detector (linux/amd64, gcc for cgo). The test (test/race.test.ts) does not need Go.
#
# How a program is run
#   Each NAME.go is copied alone into a fresh temp dir beside a go.mod that says `go 1.19`,
#   built there with `go build -race -o prog ./NAME.go` and the binary is run directly (as the
#   conformance goldens are: `go run` would add its own `exit status N` line), with
#   GOMAXPROCS=1 (mapscope models one P) and GORACE unset. Every program runs RUNS times
#   (default 5): a race build randomizes the scheduler (runtime/proc.go randomizeScheduler), so
#   the programs order their goroutines with sleeps, and the script fails unless every run
#   printed the same stdout, exit status and stderr (addresses and pc offsets aside).
#
# Golden format
#   { "stdout": "...", "stderr": "...", "exit": N, "runs": R, "go": "go1.19.8 linux/amd64" }
#   stderr is the first run's, with two machine-specific paths rewritten: the build
#   directory becomes /mapscope/race/ (the test runs each program as /mapscope/race/NAME.go)
#   and Go's GOROOT becomes $GOROOT (mapscope has no GOROOT and prints $GOROOT/src/...).
#   Addresses (0x00c000…) and pc offsets (+0x…) are kept as Go printed them; the test
#   replaces both before comparing (see race.test.ts for every normalization and why).
#
# Usage: bash record.sh [NAME ...]      (default: every program)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
programs="$here/programs"
go version | grep -q 'go1\.19' || { echo "record.sh: needs Go 1.19, found: $(go version)" >&2; exit 1; }
GO_VERSION="$(go version | sed 's/^go version //')"; export GO_VERSION
GOROOT_DIR="$(go env GOROOT)"; export GOROOT_DIR
RUNS="${RUNS:-5}"

export GOFLAGS= GOWORK=off GO111MODULE=on CGO_ENABLED=1
unset GOTRACEBACK GODEBUG GORACE || true

if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for f in "$programs"/*.go; do names+=("$(basename "$f" .go)"); done
fi

work="${TMPDIR:-/tmp}/mapscope-race"; rm -rf "$work"; mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
failed=0

for name in "${names[@]}"; do
  src="$programs/$name.go"
  [ -f "$src" ] || { echo "record.sh: no such program $src" >&2; exit 1; }
  dir="$work/$name"; mkdir -p "$dir"; cp "$src" "$dir/"
  printf 'module race\n\ngo 1.19\n' > "$dir/go.mod"
  if ! (cd "$dir" && go build -race -o prog "./$name.go") 2>"$dir/build.err"; then
    echo "FAIL $name: does not build:" >&2; cat "$dir/build.err" >&2; failed=1; continue
  fi
  for i in $(seq 1 "$RUNS"); do
    set +e
    (cd "$dir" && GOMAXPROCS=1 timeout 60 ./prog) >"$dir/out.$i" 2>"$dir/err.$i" </dev/null
    echo $? >"$dir/rc.$i"
    set -e
  done
  if ! node - "$dir" "$RUNS" "$name" >"$programs/$name.golden.json.tmp" <<'JS'
const { readFileSync } = require('node:fs');
const [dir, runsArg, name] = process.argv.slice(2);
const read = (f) => readFileSync(`${dir}/${f}`, 'utf8');
// What may differ between runs: addresses and pc offsets.
const stable = (s) => s.replace(/0x[0-9a-f]{12}/g, 'ADDR').replace(/ \+0x[0-9a-f]+$/gm, ' +0x');
const runs = [];
for (let i = 1; i <= Number(runsArg); i++) {
  runs.push({ stdout: read(`out.${i}`), stderr: read(`err.${i}`), exit: Number(read(`rc.${i}`).trim()) });
}
const [first] = runs;
for (const [i, r] of runs.entries()) {
  for (const what of ['stdout', 'stderr', 'exit']) {
    const a = what === 'stderr' ? stable(r.stderr) : r[what];
    const b = what === 'stderr' ? stable(first.stderr) : first[what];
    if (a !== b) {
      console.error(`FAIL ${name}: run ${i + 1} differs from run 1 in ${what}:\n${b}\n---\n${a}`);
      process.exit(1);
    }
  }
}
if (first.exit === 124) {
  console.error(`FAIL ${name}: timed out`);
  process.exit(1);
}
const stderr = first.stderr
  .split(`${dir}/`).join('/mapscope/race/')
  .split(`${process.env.GOROOT_DIR}/`).join('$GOROOT/');
const golden = { stdout: first.stdout, stderr, exit: first.exit, runs: runs.length, go: process.env.GO_VERSION };
process.stdout.write(`${JSON.stringify(golden, null, 2)}\n`);
JS
  then
    rm -f "$programs/$name.golden.json.tmp"; failed=1; continue
  fi
  mv "$programs/$name.golden.json.tmp" "$programs/$name.golden.json"
  echo "ok   $name (exit $(jq -r .exit "$programs/$name.golden.json"), $(jq -r .stderr "$programs/$name.golden.json" | grep -c 'WARNING: DATA RACE' || true) race(s))"
done

[ "$failed" = 0 ] || { echo "record.sh: some programs FAILED (see above)" >&2; exit 1; }
