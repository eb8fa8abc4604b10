#!/bin/sh
# Records the goldens of the fmt / strconv / runtime-print tests from real Go (1.19):
#   packages/interpreter/test/fmt/record.sh
# writes golden/fmt.json from the programs in recorder/ (go run ., which also runs itself as a
# child process to capture panics and print/println output on standard error).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-/usr/bin/go}
cd "$here/recorder"
GOFLAGS=-mod=mod GOTOOLCHAIN=local "$GO" run . > "$here/golden/fmt.json"
echo "wrote $here/golden/fmt.json"
