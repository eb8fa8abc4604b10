#!/usr/bin/env bash
# Checks the standard-library subset against real Go (1.19): copies stdlib/ into a temporary
# module (mapscope.test/std), rewrites the imports between its packages to that module, gives
# the body-less natives Go bodies from stdlib/checks/natives/ (calling the real std), and runs
# each comparison program in stdlib/checks/<pkg>/, which calls both versions on many inputs
# and exits 1 on any difference. Usage: packages/interpreter/stdlib/check.sh [pkg...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

pkgs=$(cd "$here" && find . -name '*.go' -not -path './checks/*' -printf '%h\n' | sed 's|^\./||' | sort -u)
alt=$(echo "$pkgs" | paste -sd'|' | sed 's|/|\\/|g')

printf 'module mapscope.test/std\n\ngo 1.19\n' > "$tmp/go.mod"
for p in $pkgs; do
  mkdir -p "$tmp/$p"
  for f in "$here/$p"/*.go; do
    # native.go holds the body-less declarations; checks/natives/<pkg>/native.go replaces it.
    [ "$(basename "$f")" = native.go ] && continue
    sed -E "s/^(import +|\t)([A-Za-z_]+ +)?\"($alt)\"$/\1\2\"mapscope.test\/std\/\3\"/" "$f" > "$tmp/$p/$(basename "$f")"
  done
  if [ -f "$here/$p/native.go" ]; then
    cp "$here/checks/natives/$p/native.go" "$tmp/$p/native.go"
  fi
done
cp -r "$here/checks" "$tmp/checks"
rm -rf "$tmp/checks/natives"

cd "$tmp"
go vet -stdmethods=false ./...  # Unwrap() []error is Go 1.20's, unknown to 1.19's vet
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=($(cd checks && ls -d */ | tr -d / | grep -v harness))
fi
status=0
for t in "${targets[@]}"; do
  go run "./checks/$t" || status=1
done
exit $status
