#!/usr/bin/env bash
# Runs each analyzer fixture function as its own real Go program and records what happened in
# <fixture>.golden. The fixture's files are copied into a temporary main package beside
# <fixture>_main.go, which calls the function named on the command line. Tests read the
# goldens only. Re-run after editing a fixture:
#   bash packages/analyzer/test/oracle/record.sh     (Debian: apt-get install -y golang-go)
#
# nilmapwrite, nilchan, mapmissderef, waitgroup: the exit status and Go's panic or fatal error
# line.
# deferearly (MH008): the map state the function printed at return, and what each deferred
# call printed.
# goroutineleak (MH013): the goroutines left running after one call, or the heap objects each
# call of a time.Tick function leaves live.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
testdata="$here/../testdata"

# The fixture as a main package in $work, built to $work/prog.
build() {
  local fixture=$1
  for f in "$testdata/$fixture"/*.go; do
    sed "s/^package $fixture\$/package main/" "$f" >"$work/$(basename "$f")"
  done
  cp "$here/${fixture}_main.go" "$work/zz_main.go"
  printf 'module oracle\n\ngo 1.19\n' >"$work/go.mod"
  (cd "$work" && go build -o prog .)
}

# The functions <fixture>_main.go can call, sorted.
functions() {
  grep -o '^		"[A-Za-z]*"' "$here/$1_main.go" | tr -d '\t"' | sort
}

record_failures() {
  echo "# function<TAB>exit status<TAB>panic or fatal error line (timeout: still blocked after 5s)"
  for name in $(functions "$1"); do
    set +e
    timeout 5 "$work/prog" "$name" >/dev/null 2>"$work/err"
    code=$?
    set -e
    if [ "$code" = 124 ]; then
      first="timeout"
    else
      first=$(grep -m1 -E '^(panic: |fatal error: )' "$work/err" || true)
    fi
    printf '%s\t%s\t%s\n' "$name" "$code" "$first"
  done
}

record_deferred_values() {
  echo "# function<TAB>value at return<TAB>values the deferred calls printed, in the order they ran"
  for name in $(functions "$1"); do
    out=$("$work/prog" "$name")
    at=$(printf '%s\n' "$out" | sed -n 's/^at return: //p' | paste -sd, -)
    deferred=$(printf '%s\n' "$out" | sed -n 's/^deferred: //p' | paste -sd, -)
    printf '%s\t%s\t%s\n' "$name" "$at" "$deferred"
  done
}

record_leaks() {
  echo "# function<TAB>measure<TAB>value (goroutines: still running 200ms after one call, 1 = main alone; retained: heap objects each call leaves live after a GC)"
  for name in $(functions "$1"); do
    printf '%s\t%s\n' "$name" "$("$work/prog" "$name")"
  done
}

for fixture in nilmapwrite nilchan mapmissderef waitgroup deferearly goroutineleak; do
  work=$(mktemp -d)
  build "$fixture"
  golden="$here/$fixture.golden"
  {
    echo "# recorded by test/oracle/record.sh with $(go env GOVERSION) $(go env GOOS)/$(go env GOARCH)"
    if [ "$fixture" = deferearly ]; then
      record_deferred_values "$fixture"
    elif [ "$fixture" = goroutineleak ]; then
      record_leaks "$fixture"
    else
      record_failures "$fixture"
    fi
  } >"$golden"
  rm -rf "$work"
  echo "recorded $golden"
done
