#!/usr/bin/env bash
# Route inventory benchmark: `rampart routes --format json` over a generated 500-file ASP.NET Core
# solution (bench/generate-aspnet-solution.py), timed end to end and against an empty folder
# (start-up only). Writes the section "## Routes: a 500-file ASP.NET Core solution" of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Rampart.Cli -c Release -o "$work/rampart" >/dev/null
python3 bench/generate-aspnet-solution.py "$work/app" --files 500 > "$work/generate.txt"
mkdir -p "$work/empty"
run() { local start end; start=$(date +%s%N); "$work/rampart/rampart" routes "$1" --format json >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
best() { local best=999999 t; for _ in 1 2 3 4 5; do t=$(run "$1"); (( t < best )) && best=$t; done; echo "$best"; }
routes_ms=$(best "$work/app")
empty_ms=$(best "$work/empty")
rss_kb=$( { /usr/bin/time -f %M "$work/rampart/rampart" routes "$work/app" --format json >/dev/null; } 2>&1 | tail -1 || true)
listed=$("$work/rampart/rampart" routes "$work/app" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
section=$(cat <<MD
## Routes: a 500-file ASP.NET Core solution

Measured $(date -u '+%Y-%m-%d %H:%M') UTC by \`bench/routes-aspnet.sh\` on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET SDK $(dotnet --version).

Input: $(cat "$work/generate.txt") (\`bench/generate-aspnet-solution.py\`, seed 7): per project a Program.cs with a fallback policy and groups registered through extension methods in other files, controllers deriving from an \`[Authorize]\` base class, Razor Pages under a folder convention.

| Run | Wall ms (best of 5) |
|---|--:|
| \`rampart routes --format json\` on the solution | $routes_ms (target < 2000) |
| the same on an empty folder (start-up only) | $empty_ms |
| **inventory after start-up** | **$(( routes_ms - empty_ms ))** |

Peak RSS: $(( rss_kb / 1024 )) MiB; $listed routes listed. Each project is one Roslyn compilation (syntax trees for every file, a semantic model only where a constant or a base class is asked for).
MD
)
printf '%s\n' "$section" > "$work/section.md"
python3 bench/record-section.py BENCHMARKS.md "$work/section.md"
echo "$section"
