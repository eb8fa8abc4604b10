#!/usr/bin/env bash
# Records what Go 1.19 does with each program in programs/ into programs/<name>.golden.json
# (stdout, stderr, exit code), as stdlib.test.ts runs them: with MAPSCOPE_TEST=hello and no
# other variable but PATH and HOME; os-env.go with the arguments "one" "two words";
# time-zones.go with TZ=Asia/Tokyo; stdin-words.go reading stdin-words.txt.
# Usage: test/stdlib/record.sh [name...]
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
  vars=(MAPSCOPE_TEST=hello)
  input=/dev/null
  case "$n" in
    os-env) args=(one "two words") ;;
    time-zones) vars+=(TZ=Asia/Tokyo) ;;
    stdin-words) input="$here/programs/stdin-words.txt" ;;
  esac
  rm -f "$tmp/stdout" "$tmp/stderr"
  set +e
  (cd "$tmp" && go build -o prog . && env -i PATH="$PATH" HOME="$HOME" "${vars[@]}" ./prog "${args[@]}" <"$input" >stdout 2>stderr)
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
