#!/usr/bin/env bash
# Records what real Go prints for the programs beside this script, on one P (the order the
# scheduler's GoOrder strategy reproduces): each X.go gives X.golden (stdout; for race*.go,
# stderr under go run -race, whose exit status 66 is expected). Needs Go.
set -euo pipefail
cd "$(dirname "$0")"
for f in *.go; do
  case "$f" in
    race*.go) GOMAXPROCS=1 go run -race "$f" 2> "${f%.go}.golden" || true ;;
    *) GOMAXPROCS=1 go run "$f" > "${f%.go}.golden" ;;
  esac
done
echo "recorded with $(go version)"
