#!/usr/bin/env bash
# Benchmark: `mapscope vet` over the Go standard library's source, side by side with
# `go vet` in the same sitting, each pinned to one core (taskset -c 0). Prints a Markdown
# table for BENCHMARKS.md. Needs a Go toolchain with its source (Debian: golang-go) and
# GNU time (/usr/bin/time). Run from anywhere: bash packages/cli/bench/vet-std.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
src=${GOROOT_SRC:-$(go env GOROOT)/src}
src=$(readlink -f "$src")
mapscope="node $repo/packages/cli/dist/cli.js"
runs=${RUNS:-3}
(cd "$repo" && pnpm -s build >/dev/null)

timed() { # command...: prints "seconds maxRSS_KB" of one run
  local t
  t=$(mktemp)
  # A finding makes vet exit non-zero; only the timing matters here.
  /usr/bin/time -o "$t" -f '%e %M' taskset -c 0 "$@" >/dev/null 2>&1 || true
  tail -1 "$t"
  rm -f "$t"
}

cd "$src"
std_lines=$(find . -name '*.go' -not -path '*/testdata/*' -not -path './cmd/*' -not -path '*/vendor/*' -print0 | xargs -0 cat | wc -l)
all_lines=$(find . -name '*.go' -not -path '*/testdata/*' -not -path '*/vendor/*' -print0 | xargs -0 cat | wc -l)
vendor_lines=$(find . -name '*.go' -not -path '*/testdata/*' -print0 | xargs -0 cat | wc -l)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(node --version), $(go version | cut -d' ' -f3-4)"
echo "source: $src"
echo
echo "| what | command (in \$GOROOT/src, taskset -c 0) | lines | seconds (median of $runs) | range | lines/s | max RSS |"
echo "|---|---|---:|---:|---:|---:|---:|"
row() { # label, lines, runs, command...: the median of several runs, and their range
  local label=$1 lines=$2 n=$3; shift 3
  local times=() rss=0 secs r
  for _ in $(seq "$n"); do
    read -r secs r < <(timed "$@")
    times+=("$secs")
    ((r > rss)) && rss=$r
  done
  mapfile -t times < <(printf '%s\n' "${times[@]}" | sort -n)
  local median=${times[$(((n - 1) / 2))]}
  printf '| %s | `%s` | %s | %s | %s–%s | %s | %s MB |\n' "$label" "$*" "$lines" "$median" \
    "${times[0]}" "${times[$((n - 1))]}" \
    "$(awk -v l="$lines" -v s="$median" 'BEGIN{printf "%d", l/s}')" "$((rss / 1024))"
}
row "mapscope vet, std module" "$std_lines" "$runs" $mapscope vet --format=json ./...
row "mapscope vet, std + cmd" "$all_lines" "$runs" $mapscope vet --format=json ./... ./cmd/...
row "mapscope vet, std + cmd + vendored" "$vendor_lines" "$runs" $mapscope vet --format=json ./... ./cmd/... ./vendor/... ./cmd/vendor/...
go clean -cache
row "go vet std, cold cache" "$std_lines" 1 go vet std
row "go vet std, warm cache" "$std_lines" 1 go vet std
go clean -cache
row "go vet std cmd, cold cache" "$all_lines" 1 go vet std cmd
