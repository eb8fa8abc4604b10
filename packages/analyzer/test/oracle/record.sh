#!/usr/bin/env bash
# Runs each analyzer fixture function as its own real Go program and records what happened
# (exit status and Go's panic or fatal error line, if any) in <fixture>.golden. The fixture's functions
# are copied into a temporary main package beside <fixture>_main.go, which calls the one
# named on the command line. Tests read the goldens only. Re-run after editing a fixture:
#   bash packages/analyzer/test/oracle/record.sh     (Debian: apt-get install -y golang-go)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
testdata="$here/../testdata"
for fixture in nilmapwrite nilchan waitgroup; do
  work=$(mktemp -d)
  for f in "$testdata/$fixture"/*.go; do
    sed "s/^package $fixture\$/package main/" "$f" >"$work/$(basename "$f")"
  done
  cp "$here/${fixture}_main.go" "$work/zz_main.go"
  printf 'module oracle\n\ngo 1.19\n' >"$work/go.mod"
  (cd "$work" && go build -o prog .)
  golden="$here/$fixture.golden"
  {
    echo "# recorded by test/oracle/record.sh with $(go env GOVERSION) $(go env GOOS)/$(go env GOARCH)"
    echo "# function<TAB>exit status<TAB>panic or fatal error line (timeout: still blocked after 5s)"
    for name in $(grep -o '^		"[A-Za-z]*"' "$here/${fixture}_main.go" | tr -d '\t"' | sort); do
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
  } >"$golden"
  rm -rf "$work"
  echo "recorded $golden"
done
