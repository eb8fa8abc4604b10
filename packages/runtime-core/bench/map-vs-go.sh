#!/usr/bin/env bash
# The classic map model against native Go on the same machine, in one sitting: 1M int keys
# and 1M string keys, inserts then lookups, best of 5 runs each, all pinned to one core. Go
# runs twice: as it normally runs (AES hashing) and with GODEBUG=cpu.aes=off, the hash path
# the model implements. Needs a Go toolchain; builds runtime-core first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
pnpm -s build >/dev/null
(cd "$here/go" && go build -o /tmp/mapscope-mapbench .)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node --version), $(go version | cut -d' ' -f3)"
go_json=$(taskset -c 0 /tmp/mapscope-mapbench)
go_noaes_json=$(GODEBUG=cpu.aes=off taskset -c 0 /tmp/mapscope-mapbench)
model_json=$(taskset -c 0 node --expose-gc --max-semi-space-size=1024 "$here/map-bench.mjs")
node -e '
const [go, noaes, model] = process.argv.slice(1).map((j) => JSON.parse(j));
const rows = [["1M int inserts", "intInsertMs"], ["1M int lookups", "intLookupMs"], ["1M string inserts", "strInsertMs"], ["1M string lookups", "strLookupMs"]];
console.log("| operation | Go (ms) | Go, AES off (ms) | model (ms) | model / Go |\n|---|---:|---:|---:|---:|");
for (const [name, k] of rows) console.log(`| ${name} | ${go[k].toFixed(1)} | ${noaes[k].toFixed(1)} | ${model[k].toFixed(1)} | ${(model[k] / go[k]).toFixed(1)}× |`);
console.log(`\nlookup allocations: Go ${go.lookupAllocsPerOp} mallocs/op; model ${model.lookupBytesPerOp.toFixed(3)} heap bytes/op (2M lookups, no collection in between)`);
' "$go_json" "$go_noaes_json" "$model_json"
