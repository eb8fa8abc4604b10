#!/usr/bin/env bash
# Writes go-test-suite.json: the self-checking `// run` programs of Go 1.19's own test suite
# ($GOROOT/test: top level, chan/ and ken/; fixedbugs/ is skipped) that import only fmt, errors,
# strings, strconv, sort, math, unicode/utf8, sync, sync/atomic, time, runtime (GC, Gosched,
# Goexit, NumGoroutine) and os (Exit, Args), with no build constraints, cgo or compiler
# directives other than //go:noinline. scan-go-test-suite.go makes the selection.
#
# Every candidate is then built and run the way test/run.go runs a `// run` test: built alone
# (here in a temp module whose go.mod says `go 1.19`), run with no arguments, stdout and stderr
# going to one buffer that must equal the sibling .out file (empty when there is none), and
# exit code 0. Only candidates that pass are written. The programs are not copied into the
# repository: the harness reads them from $GOROOT/test when Go is installed.
#
# Entry: { "path": "test/x.go", "packages": [...], "expected": <.out contents or "">,
#          "stdout": ..., "stderr": ..., "exit": 0 }
#   expected is the combined output, as run.go compares it; stdout and stderr are the two
#   streams recorded separately (builtin print/println write to stderr).
#
# Usage: bash record-go-test-suite.sh [GOROOT]    (default: go env GOROOT, else /usr/share/go-1.19)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
goroot="${1:-}"
if [ -z "$goroot" ]; then
  goroot="$(go env GOROOT)"
  [ -d "$goroot/test" ] || goroot=/usr/share/go-1.19
fi
goroot="$(cd "$goroot" && pwd -P)"
go version | grep -q 'go1\.19' || { echo "needs Go 1.19, found: $(go version)" >&2; exit 1; }
export GOFLAGS= GOWORK=off GO111MODULE=on
unset GOTRACEBACK GODEBUG GOMAXPROCS || true

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$here" && go run scan-go-test-suite.go "$goroot") >"$work/candidates.jsonl" 2>"$work/skipped.txt"
echo "$(wc -l <"$work/candidates.jsonl") candidates, $(wc -l <"$work/skipped.txt") skipped" >&2

: >"$work/passed.jsonl"
while IFS= read -r line; do
  path="$(jq -r .path <<<"$line")"
  d="$work/run/$(basename "$path" .go)"; mkdir -p "$d"
  cp "$goroot/$path" "$d/main.go"
  printf 'module gotest\n\ngo 1.19\n' >"$d/go.mod"
  if ! (cd "$d" && go build -o prog ./main.go) >"$d/build.txt" 2>&1; then
    echo "FAIL $path: does not build" >&2; sed 's/^/    /' "$d/build.txt" >&2; continue
  fi
  set +e
  (cd "$d" && timeout 120 ./prog) >"$d/combined" 2>&1 </dev/null; rc=$?
  (cd "$d" && timeout 120 ./prog) >"$d/stdout" 2>"$d/stderr" </dev/null; rc2=$?
  set -e
  jq -j .expected <<<"$line" >"$d/expected"
  if [ "$rc" != 0 ] || [ "$rc2" != 0 ]; then
    echo "FAIL $path: exit $rc/$rc2" >&2; continue
  fi
  if ! cmp -s "$d/combined" "$d/expected"; then
    echo "FAIL $path: output differs from the .out file" >&2; continue
  fi
  if ! iconv -f UTF-8 -t UTF-8 "$d/stdout" >/dev/null 2>&1 || ! iconv -f UTF-8 -t UTF-8 "$d/stderr" >/dev/null 2>&1; then
    echo "FAIL $path: output is not valid UTF-8, cannot be stored in JSON" >&2; continue
  fi
  jq -c --rawfile stdout "$d/stdout" --rawfile stderr "$d/stderr" \
    '. + {stdout: $stdout, stderr: $stderr, exit: 0}' <<<"$line" >>"$work/passed.jsonl"
  echo "ok   $path" >&2
done <"$work/candidates.jsonl"

jq -s '.' "$work/passed.jsonl" >"$here/go-test-suite.json"
# The repository's prettier style, when the workspace's node_modules are installed.
(cd "$here" && npx --no-install prettier --write go-test-suite.json >/dev/null 2>&1) || true
echo "wrote $(jq length "$here/go-test-suite.json") entries to go-test-suite.json" >&2
