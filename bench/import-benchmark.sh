#!/usr/bin/env bash
# Import speed benchmark (not a unit test). Measures wall time and peak RSS with GNU time for
#   1. the real 7,169-row v1 export (target: < 1 s including process start), and
#   2. a 1,000,000-row synthetic v1-shaped export (target: < 20 s, peak memory < 500 MB).
# Usage: bench/import-benchmark.sh [rows]     (run from the repository root)
# Output goes to bench/results/ (git-ignored). Needs /usr/bin/time (apt-get install time).
set -euo pipefail

rows="${1:-1000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/data/leaderboard"
out="$root/bench/results"
mkdir -p "$out"

dotnet build "$root/engine/HfReports.Cli" -c Release -v quiet -nologo >/dev/null
hfreports="$root/engine/HfReports.Cli/bin/Release/net10.0/hfreports"

measure() { # label, then the command
    local label="$1"; shift
    /usr/bin/time -v "$@" >"$out/$label.out" 2>"$out/$label.time"
    local wall rss
    wall=$(grep 'Elapsed (wall clock)' "$out/$label.time" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$out/$label.time" | awk '{print $NF}')
    printf '%-12s wall %s  peak RSS %d MB\n' "$label" "$wall" $((rss / 1024))
}

if [[ -f "$shared/open-llm-leaderboard-v1_2024-07-13.csv" ]]; then
    rm -f "$out/v1.db"
    measure v1-real "$hfreports" snapshot import "$shared/open-llm-leaderboard-v1_2024-07-13.csv" --out "$out/v1.db"
else
    echo "v1-real      skipped: $shared not found"
fi

synthetic="$out/synthetic-v1_2024-07-13.csv"
[[ -f "$synthetic" ]] || "$hfreports" snapshot fake-export --rows "$rows" --out "$synthetic" >/dev/null
rm -f "$out/synthetic.db"
measure synthetic "$hfreports" snapshot import "$synthetic" --out "$out/synthetic.db"
