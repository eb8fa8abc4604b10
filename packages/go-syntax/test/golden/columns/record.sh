#!/usr/bin/env bash
# Records where real go vet places its findings in main.go (printf checks, positioned at
# each call) into go-vet.golden. The test compares mapscope's byte columns with them.
#   bash packages/go-syntax/test/golden/columns/record.sh   (Debian: apt-get install -y golang-go)
set -euo pipefail
cd "$(dirname "$0")"
{
  echo "# recorded by record.sh: go vet . with $(go env GOVERSION)"
  go vet . 2>&1 | grep -E '^\./main\.go:' || true
} >go-vet.golden
cat go-vet.golden
