#!/usr/bin/env bash
# Benchmark: `mapscope run` against the same programs built by native Go (Debian's Go 1.19,
# /usr/bin/go), side by side in one sitting. Each program runs RUNS times (default 3) each
# way, pinned to one core (taskset -c 0) so both get the same CPU; the table shows the best
# wall-clock time and the largest max RSS (GNU time). The outputs must match: a program
# whose mapscope stdout, stderr or exit status differs from native Go's is reported and fails
# the script. mapscope runs cold (MAPSCOPE_DAEMON=off: a new process does everything), warm
# (the first run through the background runner, which an untimed run started, pinned like
# it: a warm worker compiles the program) and again (best of RUNS more: the runner's worker
# has the program compiled, as Go's build cache would). The runner's own memory is not in the
# max RSS. Prints a Markdown table for BENCHMARKS.md.
# Run from anywhere: bash packages/cli/bench/run/run-bench.sh  (or pnpm --filter @mapscope/cli bench:run)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
go=${GO:-/usr/bin/go}
runs=${RUNS:-3}
# Scheduling points before the interpreter stops a run: far above what these programs need.
max_steps=${MAX_STEPS:-1000000000}
programs=(${PROGRAMS:-hello loop maps pingpong fib jsonre})
mapscope=(node "$repo/packages/cli/dist/cli.js" run "--max-steps=$max_steps")

# --no-bail: the interpreter is work in progress and its tsc build may report type errors
# while still emitting JavaScript; the cli must be built after it either way.
if ! (cd "$repo" && pnpm -s --filter '@mapscope/cli...' --no-bail build >/dev/null 2>&1); then
  echo "warning: the build reported errors; running the JavaScript it emitted" >&2
fi
test -f "$repo/packages/cli/dist/cli.js" || { echo "no packages/cli/dist/cli.js" >&2; exit 1; }

bin=$(mktemp -d)
export MAPSCOPE_DAEMON_DIR="$bin/daemon"
trap 'MAPSCOPE_DAEMON=on node "$repo/packages/cli/dist/cli.js" daemon stop >/dev/null 2>&1; rm -rf "$bin"' EXIT
cd "$here"
for p in "${programs[@]}"; do
  "$go" build -o "$bin/$p" "./$p"
done

# One run: "seconds maxRSS_KB exit_status", stdout and stderr kept in $bin/out and $bin/err.
timed() {
  local start end status=0
  start=$EPOCHREALTIME
  /usr/bin/time -o "$bin/time" -f '%M' taskset -c 0 "$@" >"$bin/out" 2>"$bin/err" || status=$?
  end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", b-a}') $(tail -1 "$bin/time") $status"
}

# Best of $runs: "best_seconds max_rss_KB exit_status"; the last run's output stays in $bin.
best() {
  local best_s='' rss=0 s r st
  for _ in $(seq "$runs"); do
    read -r s r st < <(timed "$@")
    if [[ -z $best_s ]] || awk -v a="$s" -v b="$best_s" 'BEGIN{exit !(a<b)}'; then best_s=$s; fi
    ((r > rss)) && rss=$r
  done
  echo "$best_s $rss $st"
}

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(node --version), $("$go" version | cut -d' ' -f3-4)"
echo "mapscope: node packages/cli/dist/cli.js run --max-steps=$max_steps ./PROGRAM (go1.19 from bench/run/go.mod); native: go build ./PROGRAM"
echo "best of $runs wall-clock runs each, taskset -c 0; max RSS: the largest of the runs (GNU time)"
echo
echo "| program | native Go 1.19 (s) | mapscope cold (s) | cold / native | warm (s) | warm / native | again (s) | again / native | native max RSS | mapscope cold max RSS | output |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
failed=0
# Compares the last run's output with native Go's; "same (exit N)" or reports the difference.
check() {
  local what=$1 nst=$2 mst=$3
  if [[ $nst == "$mst" ]] && cmp -s "$bin/native.out" "$bin/out" && cmp -s "$bin/native.err" "$bin/err"; then
    return 0
  fi
  failed=1
  {
    echo "== $what: native exit $nst, mapscope exit $mst"
    diff "$bin/native.out" "$bin/out" | head -5 || true
    head -5 "$bin/err"
  } >&2
  return 1
}
# The background runner answers with a warm worker (the first warm run started it).
runner_up() {
  for _ in $(seq 600); do
    if MAPSCOPE_DAEMON=on node "$repo/packages/cli/dist/cli.js" daemon status | grep -q '^running.*, warm;'; then
      return 0
    fi
  done
  echo "the background runner did not start" >&2
  return 1
}
# Start the runner (pinned like the runs) with a program of its own, untimed.
mkdir -p "$bin/start"
printf 'package main\n\nfunc main() {}\n' >"$bin/start/main.go"
MAPSCOPE_DAEMON=on taskset -c 0 "${mapscope[@]}" "$bin/start/main.go" >/dev/null 2>&1
for p in "${programs[@]}"; do
  read -r ns nr nst < <(best "$bin/$p")
  cp "$bin/out" "$bin/native.out"
  cp "$bin/err" "$bin/native.err"
  read -r cs cr cst < <(MAPSCOPE_DAEMON=off best "${mapscope[@]}" "./$p")
  result="same (exit $nst)"
  check "$p cold" "$nst" "$cst" || result="**differs** (exit $nst vs $cst)"
  runner_up
  read -r ws _ wst < <(MAPSCOPE_DAEMON=on timed "${mapscope[@]}" "./$p")
  check "$p warm" "$nst" "$wst" || result="**differs** (exit $nst vs $wst warm)"
  read -r as _ ast < <(MAPSCOPE_DAEMON=on best "${mapscope[@]}" "./$p")
  check "$p again" "$nst" "$ast" || result="**differs** (exit $nst vs $ast again)"
  printf '| %s | %s | %s | %s× | %s | %s× | %s | %s× | %s MB | %s MB | %s |\n' "$p" "$ns" "$cs" \
    "$(awk -v a="$cs" -v b="$ns" 'BEGIN{printf "%.1f", a/b}')" "$ws" \
    "$(awk -v a="$ws" -v b="$ns" 'BEGIN{printf "%.1f", a/b}')" "$as" \
    "$(awk -v a="$as" -v b="$ns" 'BEGIN{printf "%.1f", a/b}')" \
    "$(awk -v k="$nr" 'BEGIN{printf "%.1f", k/1024}')" \
    "$(awk -v k="$cr" 'BEGIN{printf "%.0f", k/1024}')" "$result"
done
exit "$failed"
