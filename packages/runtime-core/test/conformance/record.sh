#!/usr/bin/env bash
# Records the conformance goldens of the runtime map model from the real Go 1.19 runtime:
# recorder/ drives runtime maps with a fixed hash key and fixed seeds and writes their internal
# state after every operation, the runtime's hash functions, and the layouts of types and map
# types from the runtime's type descriptors, into golden/. Tests read the goldens only. Re-run
# after changing the recorder:
#   bash packages/runtime-core/test/conformance/record.sh   (Debian: apt-get install -y golang-go)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v go >/dev/null; then
  echo "record.sh: needs the go command (Go 1.19, linux/amd64)" >&2
  exit 1
fi
version=$(go version)
if ! [[ "$version" =~ \ go1\.19(\.[0-9]+)?\  && "$version" == *" linux/amd64" ]]; then
  echo "record.sh: the recorder mirrors the runtime structures of Go 1.19 on linux/amd64;" >&2
  echo "record.sh: found: $version" >&2
  exit 1
fi
golden="$here/golden"
mkdir -p "$golden"
rm -f "$golden"/*.json
cd "$here/recorder"
# cpu.aes=off: the fallback hashes are keyed by runtime.hashkey, which the recorder fixes.
GODEBUG=cpu.aes=off GOMAXPROCS=1 go run . "$golden"
