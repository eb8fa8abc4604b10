#!/usr/bin/env bash
# Records programs/NAME.golden.json for every programs/NAME.go with real Go 1.19 (linux/amd64).
#
# How a program is run
#   Each NAME.go is copied alone into a fresh temp dir beside a go.mod that says `go 1.19`
#   (module mode; GOFLAGS, GOWORK, GOTRACEBACK and GODEBUG cleared), built there with
#   `go build -o prog ./NAME.go` and the binary is run directly. We record the program's own
#   behaviour: `go run` would fold a failing program's exit code into its own exit 1 and append
#   `exit status N` to stderr, which is not what the program did.
#
# Golden format
#   { "stdout": "...", "stderr": "...", "exit": N, "kind": K, "runs": R, "go": "go1.19.8 linux/amd64",
#     "stderrFirst": "..."   (crashes only: the first line of stderr),
#     "stderrHead": "..." }  (crashes only: stderr up to and including the first
#                             `goroutine N [...]:` line; only if it was the same in every run)
#   kind is "ok" (exit 0), "exit" (os.Exit with a non-zero code), "panic" (stderr starts with
#   `panic: `), "fatal" (stderr starts with `fatal error: `) or "compile" (does not compile).
#   Crash traces hold addresses and goroutine ids that change between runs: tests compare
#   stdout, exit and stderrFirst for crashes, the full stderr otherwise.
#
# Programs that do not compile
#   Their names start with `compile-error-`; the script fails if one of them builds, or if any
#   other program does not. stderr is what `go build` prints, `# command-line-arguments` line
#   included, with paths as `./NAME.go:L:C: msg` (the build runs in the program's directory
#   with a relative path). The stored exit code is 2: Go 1.19's `go build` and `go run` both
#   exit 2 when compilation fails (checked on go1.19.8; `go run` does not say `exit status`
#   for compile errors), so 2 is also what `mapscope run` must return.
#
# Stability
#   A program whose source contains the line `// conformance:runs 5` (goroutines, channels,
#   concurrent crashes, sleeps) is run 5 times; the script fails loudly unless stdout, the
#   first line of stderr and the exit code are the same in every run. Every other program is
#   run once. Output must be valid UTF-8 (programs print invalid bytes with %q or %x).
#   CONFORMANCE_RUNS=N overrides the number of runs for every program (a sweep for hidden
#   nondeterminism: `CONFORMANCE_RUNS=5 bash record.sh`; the goldens then say runs=5, so
#   record again without it before committing).
#
# Usage: bash record.sh [NAME ...]      (default: every program)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
programs="$here/programs"
go version | grep -q 'go1\.19' || { echo "record.sh: needs Go 1.19, found: $(go version)" >&2; exit 1; }
GO_VERSION="$(go version | sed 's/^go version //')"; export GO_VERSION

export GOFLAGS= GOWORK=off GO111MODULE=on
unset GOTRACEBACK GODEBUG GOMAXPROCS || true

if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for f in "$programs"/*.go; do names+=("$(basename "$f" .go)"); done
fi

# A fixed build directory keeps the paths in recorded crash traces the same between recordings.
work="${TMPDIR:-/tmp}/mapscope-conformance"; rm -rf "$work"; mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
failed=0

for name in "${names[@]}"; do
  src="$programs/$name.go"
  [ -f "$src" ] || { echo "record.sh: no such program $src" >&2; exit 1; }
  dir="$work/$name"; mkdir -p "$dir"; cp "$src" "$dir/"
  printf 'module conformance\n\ngo 1.19\n' > "$dir/go.mod"
  runs=1; grep -qx '// conformance:runs 5' "$src" && runs=5
  runs="${CONFORMANCE_RUNS:-$runs}"

  if (cd "$dir" && go build -o prog "./$name.go") >"$dir/build.out" 2>"$dir/build.err"; then
    if [[ "$name" == compile-error-* ]]; then
      echo "FAIL $name: expected a compile error but it built" >&2; failed=1; continue
    fi
    for i in $(seq 1 "$runs"); do
      set +e
      (cd "$dir" && timeout 60 ./prog) >"$dir/out.$i" 2>"$dir/err.$i" </dev/null
      echo $? >"$dir/rc.$i"
      set -e
    done
  else
    rc=$?
    if [[ "$name" != compile-error-* ]]; then
      echo "FAIL $name: does not compile:" >&2; cat "$dir/build.err" >&2; failed=1; continue
    fi
    [ "$rc" = 2 ] || { echo "FAIL $name: go build exited $rc, expected 2" >&2; failed=1; continue; }
    cp "$dir/build.out" "$dir/out.1"; cp "$dir/build.err" "$dir/err.1"; echo 2 >"$dir/rc.1"
    runs=1
  fi

  if ! node "$here/record-golden.mjs" "$dir" "$runs" "$name" >"$programs/$name.golden.json.tmp"; then
    rm -f "$programs/$name.golden.json.tmp"; failed=1; continue
  fi
  mv "$programs/$name.golden.json.tmp" "$programs/$name.golden.json"
  echo "ok   $name (runs=$runs, $(jq -r '"\(.kind) exit \(.exit)"' "$programs/$name.golden.json"))"
done

[ "$failed" = 0 ] || { echo "record.sh: some programs FAILED (see above)" >&2; exit 1; }
