#!/usr/bin/env bash
# Benchmark: how long does real Go (Debian's Go 1.19, /usr/bin/go) take to show each bad
# outcome of a racy program just by running it again and again, and how long does
# `mapscope explore` take to find it? Both sides run on the same programs in one sitting
# (the mapscope side is mapscope_explore below; build the cli first: pnpm build).
#
# Each program (PROGRAM/main.go, with its own go.mod) is built with /usr/bin/go, then run in a
# loop by looper/ (a small Go program: os/exec in a loop, timed with time.Now) pinned with
# `taskset -c 0,1` (GOMAXPROCS default: 2 on this machine). An outcome is exit status + stdout
# + the first line of stderr. The loop stops once every expected non-default outcome (a crash
# or a wrong output, listed below per program) has been seen and at least MIN_RUNS runs are
# done, or at MAX_RUNS runs, or after MAX_TIME. Printed per program: each outcome's runs and
# frequency, the run number and the wall time at which it was first seen, and the expected
# outcomes never seen. Outcomes outside the expected set are marked NOT EXPECTED.
#
# Run from anywhere: bash packages/cli/bench/explore/real-go-loop.sh [PROGRAM ...]
#   MIN_RUNS (default 5000), MAX_RUNS (default 20000), MAX_TIME (default 120s), GO (/usr/bin/go)
# Results of one run are kept in results.txt (re-record: ... > results.txt); a second
# sitting, after the DPOR sleep-set fix of issue #8, in results-second-sitting.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
go=${GO:-/usr/bin/go}
min_runs=${MIN_RUNS:-5000}
max_runs=${MAX_RUNS:-20000}
max_time=${MAX_TIME:-120s}
programs=(${PROGRAMS:-map-writers lost-update read-write iterate-write})
[ $# -gt 0 ] && programs=("$@")

export GOFLAGS= GOWORK=off GO111MODULE=on CGO_ENABLED=0
unset GOMAXPROCS GOTRACEBACK GODEBUG GORACE || true

# The outcomes of each program, as looper keys (`<exit>|<stdout, Go-quoted>|<stderr line 1>`):
# the default (correct) one, then every other possible one (what the loop waits for).
# map-writers: the writes overlap (one sees the other's hashWriting) or not.
# lost-update: 2 goroutines x 3 (read; write read+1): any final value from 2 to 6, or a crash.
# read-write: key 0 never moves, so a lookup reads 0 unless it meets a write's window.
# iterate-write: the loop sees 3 to 6 entries (each new key seen or not), or a crash.
outcomes() {
  case $1 in
    map-writers)
      echo '0|"2\n"|'
      echo '2|""|fatal error: concurrent map writes' ;;
    lost-update)
      echo '0|"6\n"|'
      for v in 5 4 3 2; do echo "0|\"$v\\n\"|"; done
      echo '2|""|fatal error: concurrent map writes'
      echo '2|""|fatal error: concurrent map read and map write' ;;
    read-write)
      echo '0|"4 0\n"|'
      echo '2|""|fatal error: concurrent map read and map write' ;;
    iterate-write)
      echo '0|"6 6\n"|'
      for n in 5 4 3; do echo "0|\"6 $n\\n\"|"; done
      echo '2|""|fatal error: concurrent map iteration and map write' ;;
    *) echo "real-go-loop.sh: no outcomes listed for $1" >&2; return 1 ;;
  esac
}

# The mapscope side: `mapscope explore --json` on the same program, once with the defaults
# (auto: dpor for these short programs; a budget of 100,000 schedules, 60 s), then with pct and with
# random on both cores. Printed per outcome: the schedule that first found it and the wall time until
# then from the command's start (start-up, the program's compilation, then the search).
mapscope_explore() {
  local p=$1 flags
  for flags in "" "--strategy=pct --budget=20000" "--strategy=random --budget=20000"; do
    local start end
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    node "$repo/packages/cli/dist/cli.js" explore --json $flags "$here/$p" >"$bin/$p.json" || true
    end=$(date +%s.%N)
    node -e '
      const [file, wall, flags, name] = process.argv.slice(1);
      const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
      const startup = Number(wall) - r.elapsedMs / 1000;
      const key = (o) => `${o.exitCode}|${JSON.stringify(o.stdout)}|${o.stderr.split("\n")[0]}`;
      console.log(`\n== ${name} (mapscope explore ${flags || "(defaults)"})`);
      console.log(`${r.schedules} schedules (${r.strategy}) in ${Number(wall).toFixed(2)} s wall, ` +
        `${(r.elapsedMs / 1000).toFixed(2)} s searching: ${Math.round(r.schedules / (r.elapsedMs / 1000))} schedules/s; ` +
        `${r.complete ? "complete" : "stopped: " + r.stopped}`);
      console.log(`  ${"outcome".padEnd(60)} ${"schedules".padStart(9)} ${"first at".padStart(9)} ${"after (s)".padStart(10)}`);
      for (const o of r.outcomes) {
        console.log(`  ${key(o).padEnd(60)} ${String(o.count).padStart(9)} ${String(o.firstSchedule + 1).padStart(9)} ${(startup + o.firstFoundMs / 1000).toFixed(3).padStart(10)}`);
      }
    ' "$bin/$p.json" "$(echo "$end - $start" | bc)" "$flags" "$p"
  done
}

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
(cd "$here/looper" && "$go" build -o "$bin/looper" .)
for p in "${programs[@]}"; do
  (cd "$here/$p" && "$go" build -o "$bin/$p" .)
done

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: nproc $(nproc), $(lscpu | grep 'Model name' | sed 's/  */ /g'), $("$go" version | cut -d' ' -f3-4)"
echo "runs: taskset -c 0,1, GOMAXPROCS default; until every expected outcome is seen and at least $min_runs runs, at most $max_runs runs or $max_time"
for p in "${programs[@]}"; do
  mapfile -t keys < <(outcomes "$p")
  args=(-min "$min_runs" -max "$max_runs" -time "$max_time" -default "${keys[0]}")
  for k in "${keys[@]:1}"; do args+=(-want "$k"); done
  echo
  echo "== $p (real Go)"
  taskset -c 0,1 "$bin/looper" "${args[@]}" "$bin/$p"
  mapscope_explore "$p"
done
