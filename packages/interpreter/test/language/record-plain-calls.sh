#!/usr/bin/env bash
# Records what Go 1.19 prints for programs/plain-calls.go: programs/plain-calls.stdout.
# Usage: test/language/record-plain-calls.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'module x\n\ngo 1.19\n' > "$dir/go.mod"
cp "$here/programs/plain-calls.go" "$dir/main.go"
(cd "$dir" && go run . >"$here/programs/plain-calls.stdout")
