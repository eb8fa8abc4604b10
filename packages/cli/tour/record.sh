#!/usr/bin/env bash
# Records what real Go does with each tour example (built with `go build`, then run, so
# the program's own exit status is kept: `go run` would turn 2 into 1) into go-run.golden
# beside it. The tests and `mapscope tour` only read these files, so they
# need no Go toolchain. Re-run after editing an example:
#   bash packages/cli/tour/record.sh        (Debian: apt-get install -y golang-go)
set -euo pipefail
cd "$(dirname "$0")"
goversion=$(go env GOVERSION)
for dir in [0-9]*/; do
  dir=${dir%/}
  out=$(mktemp) err=$(mktemp) bin=$(mktemp -d)/prog
  (cd "$dir" && go build -o "$bin" .)
  set +e
  (cd "$dir" && "$bin" >"$out" 2>"$err")
  code=$?
  set -e
  {
    echo "# recorded by tour/record.sh: go build && ./prog with $goversion $(go env GOOS)/$(go env GOARCH)"
    echo "# source sha256: $(sha256sum "$dir/main.go" | cut -d' ' -f1)"
    echo "exit status: $code"
    echo "--- stdout"
    cat "$out"
    echo "--- stderr (up to the first goroutine header)"
    # The panic or fatal error and the failing goroutine's state, without machine paths.
    sed -n '1,/^goroutine [0-9]* \[/p' "$err"
  } >"$dir/go-run.golden"
  rm -rf "$out" "$err" "$(dirname "$bin")"
  echo "recorded $dir (exit status $code)"
done
