#!/usr/bin/env bash
# Records what Go 1.19 does with each program in programs/ into programs/<name>.golden.json
# (stdout, stderr, exit code), as stdlib.test.ts runs them: os-env.go with the arguments
# "one" "two words" and MAPSCOPE_TEST=hello. Usage: test/stdlib/record.sh [name...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'module x\n\ngo 1.19\n' > "$tmp/go.mod"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=($(cd "$here/programs" && ls *.go | sed 's/\.go$//'))
fi
(cd "$tmp" && go build -o /dev/null std >/dev/null 2>&1 || true)
for n in "${names[@]}"; do
  cp "$here/programs/$n.go" "$tmp/main.go"
  args=()
  if [ "$n" = os-env ]; then
    args=(one "two words")
  fi
  rm -f "$tmp/stdout" "$tmp/stderr"
  set +e
  (cd "$tmp" && go build -o prog . && MAPSCOPE_TEST=hello ./prog "${args[@]}" >stdout 2>stderr)
  code=$?
  set -e
  node -e '
    const fs = require("fs");
    const [dir, code, out] = process.argv.slice(1);
    const g = { stdout: fs.readFileSync(dir + "/stdout", "utf8"), stderr: fs.readFileSync(dir + "/stderr", "utf8"), exit: Number(code) };
    fs.writeFileSync(out, JSON.stringify(g, null, 2) + "\n");
  ' "$tmp" "$code" "$here/programs/$n.golden.json"
  echo "$n: exit $code"
done
