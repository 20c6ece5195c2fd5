#!/usr/bin/env bash
# Python route-inventory benchmark: `rampart routes` over a generated 1,500-file FastAPI + Django/DRF
# monorepo (bench/generate-python-app.py), wall time best of 3, next to the same command on an empty
# folder (start-up only). Writes its section into BENCHMARKS.md (and prints it).
#
#   bench/routes-py.sh            BENCH_FILES=1500 BENCH_SEED=7 BENCH_RUNS=3 (all optional)
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${BENCH_FILES:-1500}
SEED=${BENCH_SEED:-7}
RUNS=${BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Rampart.Cli -c Release -o "$work/rampart" >/dev/null
python3 bench/generate-python-app.py "$work/app" --files "$FILES" --seed "$SEED" > "$work/generate.txt"
mkdir -p "$work/empty"
run() { local start end; start=$(date +%s%N); "$work/rampart/rampart" routes "$1" --format json -o "$work/routes.json" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
best() { local best=999999 t; for _ in $(seq "$RUNS"); do t=$(run "$1"); (( t < best )) && best=$t; done; echo "$best"; }
run "$work/app" >/dev/null
scan_ms=$(best "$work/app")
empty_ms=$(best "$work/empty")
run "$work/app" >/dev/null
read -r routes required <<<"$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(len(r), sum(1 for x in r if x["auth"]=="required"))' "$work/routes.json")"
py_files=$(find "$work/app" -name '*.py' | wc -l)
cat > "$work/section.md" <<MD
## Routes: a 1,500-file Python app (FastAPI + Django/DRF)

Measured $(date -u '+%Y-%m-%d %H:%M') UTC by \`bench/routes-py.sh\` on $(nproc) cores ($(uname -m)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, .NET SDK $(dotnet --version).

Input: $(cat "$work/generate.txt") (\`bench/generate-python-app.py\`, seed $SEED), $py_files .py files.

| Run | Wall ms (best of $RUNS) |
|---|--:|
| \`rampart routes --format json\` on the app | $scan_ms (target < 2000) |
| the same on an empty folder (start-up only) | $empty_ms |
| **lex + parse + resolve + inventory** | **$(( scan_ms - empty_ms ))** |

$routes routes listed, $required of them with auth required.
MD
python3 bench/record-section.py BENCHMARKS.md "$work/section.md"
cat "$work/section.md"
