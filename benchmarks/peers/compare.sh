#!/usr/bin/env bash
# One command: our eval and the peers' on the same corpus, as one table.
# Usage: bash benchmarks/peers/compare.sh [CORPUS [TYPES]]
#   CORPUS: a folder of X.txt + X.json gold (default: seeds); TYPES: comma-separated types the corpus annotates.
# Example: bash benchmarks/peers/compare.sh ../shared/benchmarks/tempeval3/te3-platinum dates
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${1:-$root/seeds}
corpus=$(cd "$corpus" && pwd)
types=${2:-dates,distances,organisations,quotations}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$here" && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
dotnet build -c Release "$root/src/NewsExtraction.Cli" --nologo -v quiet >/dev/null
cli=(dotnet "$root/src/NewsExtraction.Cli/bin/Release/net10.0/news-extract.dll")
"${cli[@]}" eval --corpus "$corpus" --types "$types" --threads 1 --warmup --format json > "$out/newsextraction.eval.json"
node "$here/run-peers.js" "$corpus" "$out"
for sys in recognizers chrono compromise; do
  "${cli[@]}" eval --corpus "$corpus" --types "$types" --predictions "$out/$sys" --format json > "$out/$sys.eval.json"
done
node "$here/compare.js" "$out"
