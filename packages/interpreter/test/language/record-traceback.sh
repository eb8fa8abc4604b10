#!/usr/bin/env bash
# Records what Go 1.19 prints on stderr for each programs/traceback*.go, built with inlining off
# (-gcflags=-l, so that every call is a frame, as in the interpreter) and run from
# /tmp/mapscope-traceback/ on one P (GOMAXPROCS=1, as the model runs: goroutine numbers then
# match): programs/NAME.stderr. Usage: test/language/record-traceback.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir=/tmp/mapscope-traceback
rm -rf "$dir" && mkdir -p "$dir"
printf 'module x\n\ngo 1.19\n' > "$dir/go.mod"
for f in "$here"/programs/traceback*.go; do
  n="$(basename "$f" .go)"
  cp "$f" "$dir/main.go"
  (cd "$dir" && go build -gcflags=-l -o prog . && GOMAXPROCS=1 ./prog >/dev/null 2>"$here/programs/$n.stderr" || true)
  echo "$n"
done
