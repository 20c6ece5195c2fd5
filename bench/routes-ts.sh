#!/usr/bin/env bash
# Route inventory benchmark: `rampart routes` on a generated 2,000-file TypeScript app (Express +
# Next.js + NestJS + React components and libraries), timed end to end (best of 5) next to an
# empty folder (start-up only). Writes its section into BENCHMARKS.md (and prints it); target < 2 s wall.
#
#   bench/routes-ts.sh            BENCH_FILES=2000 BENCH_SEED=7 (defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Rampart.Cli -c Release -o "$work/rampart" >/dev/null
python3 bench/generate-ts-app.py "$work/app" --files "${BENCH_FILES:-2000}" --seed "${BENCH_SEED:-7}" > "$work/generate.txt"
mkdir -p "$work/empty"
run() { local start end; start=$(date +%s%N); "$work/rampart/rampart" routes "$1" --format json >/dev/null || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
best() { local best=999999 t; for _ in 1 2 3 4 5; do t=$(run "$1"); (( t < best )) && best=$t; done; echo "$best"; }
app_ms=$(best "$work/app")
empty_ms=$(best "$work/empty")
routes=$("$work/rampart/rampart" routes "$work/app" --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r), "routes:", ", ".join(k + " " + str(sum(1 for x in r if x["auth"] == k)) for k in ["required", "anonymous", "none", "unknown"]))')
cat > "$work/section.md" <<MD
## Routes: a 2,000-file TypeScript app

Measured $(date -u '+%Y-%m-%d %H:%M') UTC by \`bench/routes-ts.sh\` on $(nproc) cores ($(uname -m)), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET SDK $(dotnet --version).

Input: $(cat "$work/generate.txt") (\`bench/generate-ts-app.py\`, seed ${BENCH_SEED:-7}); found $routes.

| Run | Wall ms (best of 5) |
|---|--:|
| \`rampart routes --format json\` on the app | $app_ms (target < 2000) |
| the same on an empty folder (start-up only) | $empty_ms |
MD
python3 bench/record-section.py BENCHMARKS.md "$work/section.md"
cat "$work/section.md"
