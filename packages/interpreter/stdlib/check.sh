#!/usr/bin/env bash
# Checks the interpreter's own Go 1.21 packages (slices, maps, cmp) with real Go (1.19): copies
# them into a temporary module (mapscope.test/std), rewrites the imports between them to that
# module, and runs each check program in stdlib/checks/<name>/, which exits 1 on any answer
# that differs from its expectations. Usage: packages/interpreter/stdlib/check.sh [name...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

pkgs="cmp maps slices"
alt="${pkgs// /|}"

printf 'module mapscope.test/std\n\ngo 1.19\n' > "$tmp/go.mod"
for p in $pkgs; do
  mkdir -p "$tmp/$p"
  for f in "$here/$p"/*.go; do
    sed -E "s/^(import +|\t)([A-Za-z_]+ +)?\"($alt)\"$/\1\2\"mapscope.test\/std\/\3\"/" "$f" > "$tmp/$p/$(basename "$f")"
  done
done
cp -r "$here/checks" "$tmp/checks"

cd "$tmp"
go vet ./...
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=($(cd checks && ls -d */ | tr -d / | grep -v harness))
fi
status=0
for t in "${targets[@]}"; do
  go run "./checks/$t" || status=1
done
exit $status
