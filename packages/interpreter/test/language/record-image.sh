#!/usr/bin/env bash
# Records what Go 1.19 prints for programs/image-generic.go, built with inlining off
# (-gcflags=-l: every call is a frame, as in the interpreter) and run from
# /tmp/mapscope-image/: programs/image-generic.stdout and .stderr.
# Usage: test/language/record-image.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir=/tmp/mapscope-image
rm -rf "$dir" && mkdir -p "$dir"
printf 'module x\n\ngo 1.19\n' > "$dir/go.mod"
cp "$here/programs/image-generic.go" "$dir/main.go"
(cd "$dir" && go build -gcflags=-l -o prog . && ./prog >"$here/programs/image-generic.stdout" 2>"$here/programs/image-generic.stderr" || true)
