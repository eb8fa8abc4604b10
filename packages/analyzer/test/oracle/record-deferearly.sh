#!/usr/bin/env bash
# Runs each function of the deferearly fixture (MH008) as its own real Go program and
# records what it printed: the map state "at return" and what each deferred call saw.
# The fixture's files are copied into a temporary main package beside deferearly_main.go.
# Tests read the golden only. Re-run after editing the fixture:
#   bash packages/analyzer/test/oracle/record-deferearly.sh   (Debian: apt-get install -y golang-go)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixture="$here/../testdata/deferearly"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in "$fixture"/*.go; do
  sed 's/^package deferearly$/package main/' "$f" >"$work/$(basename "$f")"
done
cp "$here/deferearly_main.go" "$work/zz_main.go"
printf 'module oracle\n\ngo 1.19\n' >"$work/go.mod"
(cd "$work" && go build -o prog .)
golden="$here/deferearly.golden"
{
  echo "# recorded by test/oracle/record-deferearly.sh with $(go env GOVERSION) $(go env GOOS)/$(go env GOARCH)"
  echo "# function<TAB>value at return<TAB>values the deferred calls printed, in the order they ran"
  for name in $(grep -o '^		"[A-Za-z]*"' "$here/deferearly_main.go" | tr -d '\t"' | sort); do
    out=$("$work/prog" "$name")
    at=$(printf '%s\n' "$out" | sed -n 's/^at return: //p' | paste -sd, -)
    deferred=$(printf '%s\n' "$out" | sed -n 's/^deferred: //p' | paste -sd, -)
    printf '%s\t%s\t%s\n' "$name" "$at" "$deferred"
  done
} >"$golden"
echo "recorded $golden"
