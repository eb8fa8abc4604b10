#!/usr/bin/env bash
# Records what real Go prints for the programs beside this script, on one P (the order the
# scheduler's GoOrder strategy reproduces): each X.go gives X.golden. Needs Go.
set -euo pipefail
cd "$(dirname "$0")"
for f in *.go; do
  GOMAXPROCS=1 go run "$f" > "${f%.go}.golden"
done
echo "recorded with $(go version)"
