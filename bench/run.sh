#!/usr/bin/env bash
# The speed benchmark of the tool users install, side by side with the peer scripts (not a unit test).
#
#   bench/run.sh [--runs N] [--1m] [--duckdb] [--10m]        (RUNS=N works too; default 5)
#   HFREPORTS_TOOL=/path/to/hfreports bench/run.sh    times an already installed tool instead of packing one
#
# What it does, in order:
#   1. packs the tool for this machine's runtime as released (engine/HfReports.Cli/pack-tool.sh: Native AOT) and installs it with `dotnet tool install --tool-path`
#      (bench/results/tool), exactly as a user gets it;
#   2. imports the real v1 export (../shared/data/leaderboard/) with the installed tool;
#   3. one alternating run: every round runs each command once, in turn (A B C D E, A B C D E, ...), each a
#      whole process, cold (outputs removed first, no build cache), under GNU time for CPU and peak memory:
#        items-hf      the peers' 8 items written as an HfReports report (bench/peers/), from the installed tool
#        items-r       Rscript ../shared/peers/paper_figures.R      (R + ggplot2: the same 8 items)
#        items-py      python3 ../shared/peers/paper_figures.py     (Python + matplotlib: the same 8 items)
#        paper-v1      the full paper (PDF, HTML, manifest) on the v1 snapshot, from the installed tool
#        version       hfreports --version, from the installed tool
#      hyperfine runs all the runs of one command before the next command's, so on a shared machine whose load
#      drifts it would compare different moments; alternating puts the drift on every command alike;
#   4. prints the medians (wall, CPU = user + system, peak memory), the ratios to each peer and each goal of
#      issue #17, and checks that the peers' CSVs hold the numbers of our tables;
#   5. with --1m: the paper on the 1,000,000-model demo snapshot (generated once into bench/results/work/ as bench/engine.sh does, kept;
#      HFREPORTS_1M=/path/to/demo-1m.db uses an existing one), 3 runs, with its peak memory;
#   6. with --duckdb: the paper on the 1,000,000-model demo snapshot in DuckDB (`snapshot demo --models 1000000 --out
#      x.duckdb`, kept in bench/results/work/; HFREPORTS_1M_DUCKDB=/path/to/demo-1m.duckdb uses an existing one), 3 runs
#      (goal <= 3 s); with --10m: `snapshot demo --models 10000000 --out x.duckdb` once, then the paper on it once
#      (goal <= 20 s and <= 2 GB peak), the 10M file deleted afterwards (HFREPORTS_10M_DUCKDB names an existing one, kept).
# The numbers also go to bench/results/<commit>.json.
#
# Needs: the .NET 10 SDK, /usr/bin/time (apt-get install time), poppler-utils, and for the peers R and Debian's
# python3 with their libraries (the apt-get line is in bench/README.md). A missing peer is skipped, saying so.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
results="$root/bench/results"
work="$results/run"
runs="${RUNS:-5}"
million=0
duckdb=0
ten=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --1m) million=1; shift ;;
        --duckdb) duckdb=1; shift ;;
        --10m) ten=1; shift ;;
        *) echo "usage: bench/run.sh [--runs N] [--1m] [--duckdb] [--10m]" >&2; exit 2 ;;
    esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 3; }
command -v pdftotext >/dev/null || { echo "pdftotext is missing (apt-get install poppler-utils)" >&2; exit 3; }
peers="$root/../shared/peers"
csv="$root/../shared/data/leaderboard/open-llm-leaderboard-v1_2024-07-13.csv"
[[ -f "$csv" ]] || { echo "the v1 export is not at $csv: nothing to compare on" >&2; exit 3; }
rm -rf "$work" && mkdir -p "$work"

# --- 1. the tool as users install it ----------------------------------------------------------------------
tool="${HFREPORTS_TOOL:-$results/tool/hfreports}"
if [[ -z "${HFREPORTS_TOOL:-}" ]]; then
    echo "packing and installing the tool for this machine's runtime..." >&2
    rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
    rm -rf "$results/packages" "$results/tool"
    "$root/engine/HfReports.Cli/pack-tool.sh" "$results/packages" "$rid" >/dev/null
    dotnet tool install --tool-path "$results/tool" --add-source "$results/packages" HfReports.Tool >/dev/null
fi
echo "installed: $("$tool" --version)" >&2

# --- 2. the v1 snapshot and the manifests -----------------------------------------------------------------
v1="$work/v1.db"
"$tool" snapshot import "$csv" --out "$v1" --quiet
rm -rf "$work/tree" && mkdir -p "$work/tree"
cp -r "$root/reports" "$work/tree/reports"
paper_manifest() { # name snapshot -> a copy of reports.yaml on that snapshot, writing into work/out-<name>
    sed -e "s#^snapshot:.*#snapshot: $2#" -e "s#^output:.*#output: $work/out-$1#" "$root/reports.yaml" > "$work/tree/$1.yaml"
    echo "$work/tree/$1.yaml"
}
paper="$(paper_manifest v1 "$v1")"
cp -r "$root/bench/peers" "$work/peers"
sed -i -e "s#^snapshot:.*#snapshot: $v1#" -e "s#^output:.*#output: $work/out-items#" "$work/peers/reports.yaml"

names=(items-hf)
declare -A command prepare
command[items-hf]="$tool build $work/peers/reports.yaml --no-cache --quiet"
prepare[items-hf]="rm -rf $work/out-items"
if command -v Rscript >/dev/null && [[ -f "$peers/paper_figures.R" ]] \
    && Rscript -e 'for (p in c("readr","dplyr","lubridate","ggplot2","scales","patchwork","gridExtra")) library(p, character.only = TRUE)' >/dev/null 2>&1; then
    names+=(items-r)
    command[items-r]="Rscript $peers/paper_figures.R $work/out-r $csv"
    prepare[items-r]="rm -rf $work/out-r"
else
    echo "SKIPPED items-r: Rscript, its libraries or $peers/paper_figures.R are missing (bench/README.md)" >&2
fi
if /usr/bin/python3 -c "import pandas, matplotlib, statsmodels" 2>/dev/null && [[ -f "$peers/paper_figures.py" ]]; then
    names+=(items-py)
    command[items-py]="/usr/bin/python3 $peers/paper_figures.py $work/out-py $csv"
    prepare[items-py]="rm -rf $work/out-py"
else
    echo "SKIPPED items-py: Debian's python3 with pandas, matplotlib and statsmodels, or $peers/paper_figures.py, is missing" >&2
fi
names+=(paper-v1 version)
command[paper-v1]="$tool build $paper --no-cache --quiet"
prepare[paper-v1]="rm -rf $work/out-v1"
command[version]="$tool --version"
prepare[version]="true"

# --- 3. one alternating run -------------------------------------------------------------------------------
log="$work/runs"
mkdir -p "$log"
run_once() { # name round: wall (ns clock around the process), then GNU time's user, system and peak RSS
    local name="$1" round="$2" start end
    bash -c "${prepare[$name]}"
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$log/$name.$round.time" bash -c "exec ${command[$name]}" \
        >"$log/$name.$round.out" 2>"$log/$name.$round.err" \
        || { echo "FAILED ($name): ${command[$name]}" >&2; cat "$log/$name.$round.err" >&2; exit 1; }
    end=$(date +%s%N)
    read -r user sys rss < <(tail -n 1 "$log/$name.$round.time")
    echo "$(( (end - start) / 1000 )) $user $sys $rss" > "$log/$name.round.$round"
}
echo "one alternating run of $runs rounds: ${names[*]} (load average $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
for round in $(seq "$runs"); do
    for name in "${names[@]}"; do run_once "$name" "$round"; done
    echo "  round $round of $runs done" >&2
done

median() { sort -g | awk '{a[NR]=$1} END {printf "%.3f", (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
declare -A wall cpu peak
summarise() { # name: the medians of its rounds
    wall[$1]=$(cat "$log/$1".round.* | awk '{print $1 / 1e6}' | median)
    cpu[$1]=$(cat "$log/$1".round.* | awk '{print $2 + $3}' | median)
    peak[$1]=$(cat "$log/$1".round.* | awk '{print $4 / 1024}' | median)
}
for name in "${names[@]}"; do summarise "$name"; done

# --- 5. (optional) the paper on 1M models -----------------------------------------------------------------
if [[ $million -eq 1 ]]; then
    big="${HFREPORTS_1M:-$results/work/demo-1m.db}"
    if [[ ! -f "$big" ]]; then
        echo "generating the 1,000,000-model demo snapshot at $big (about 2 minutes, 4 GB; kept for later runs)..." >&2
        "$tool" snapshot demo --models 1000000 --out "$big" >/dev/null
    fi
    # A file kept from an earlier hfreports is brought to the current schema first (a no-op when it is; HFREPORTS_1M's
    # file is upgraded in place, every row kept).
    "$tool" snapshot upgrade "$big" --quiet
    names+=(paper-1m)
    command[paper-1m]="$tool build $(paper_manifest 1m "$big") --no-cache --quiet"
    prepare[paper-1m]="rm -rf $work/out-1m"
    for round in 1 2 3; do run_once paper-1m "$round"; done
    summarise paper-1m
fi

# --- 6. (optional) DuckDB at scale: 1M and 10M models -------------------------------------------------------
if [[ $duckdb -eq 1 ]]; then
    # The schema version is in the kept file's name: a DuckDB demo of an earlier version is generated again, not upgraded.
    big="${HFREPORTS_1M_DUCKDB:-$results/work/demo-1m.schema3.duckdb}"
    if [[ ! -f "$big" ]]; then
        echo "generating the 1,000,000-model demo snapshot in DuckDB at $big (kept for later runs)..." >&2
        mkdir -p "$(dirname "$big")"
        "$tool" snapshot demo --models 1000000 --out "$big" --quiet
    fi
    names+=(paper-1m-duckdb)
    command[paper-1m-duckdb]="$tool build $(paper_manifest 1m-duckdb "$big") --no-cache --quiet"
    prepare[paper-1m-duckdb]="rm -rf $work/out-1m-duckdb"
    for round in 1 2 3; do run_once paper-1m-duckdb "$round"; done
    summarise paper-1m-duckdb
fi
if [[ $ten -eq 1 ]]; then
    huge="${HFREPORTS_10M_DUCKDB:-$work/demo-10m.duckdb}"
    if [[ -z "${HFREPORTS_10M_DUCKDB:-}" ]]; then
        echo "generating the 10,000,000-model demo snapshot in DuckDB at $huge (deleted afterwards)..." >&2
        names+=(demo-10m-duckdb)
        command[demo-10m-duckdb]="$tool snapshot demo --models 10000000 --out $huge --quiet"
        prepare[demo-10m-duckdb]="rm -f $huge"
        run_once demo-10m-duckdb 1
        summarise demo-10m-duckdb
    fi
    names+=(paper-10m-duckdb)
    command[paper-10m-duckdb]="$tool build $(paper_manifest 10m-duckdb "$huge") --no-cache --quiet"
    prepare[paper-10m-duckdb]="rm -rf $work/out-10m-duckdb"
    run_once paper-10m-duckdb 1
    summarise paper-10m-duckdb
    [[ -n "${HFREPORTS_10M_DUCKDB:-}" ]] || rm -f "$huge"
fi

# --- 4. the table, the ratios, the goals ------------------------------------------------------------------
declare -A what=(
    [items-hf]="the peers' 8 items, HfReports (installed tool)"
    [items-r]="the peers' 8 items, R + ggplot2"
    [items-py]="the peers' 8 items, Python + matplotlib"
    [paper-v1]="the paper on the v1 snapshot, cold (installed tool)"
    [version]="hfreports --version (installed tool)"
    [paper-1m]="the paper on the 1M-model demo snapshot, cold"
    [paper-1m-duckdb]="the paper on the 1M-model demo snapshot in DuckDB, cold"
    [demo-10m-duckdb]="snapshot demo --models 10000000 --out x.duckdb (once)"
    [paper-10m-duckdb]="the paper on the 10M-model demo snapshot in DuckDB, cold (once)"
)
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- engine reports bench/peers || echo '-dirty')"
echo
echo "commit $commit; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs alternating rounds (the 1M papers: 3 runs; 10M: once); whole processes, cold; CPU = user + system"
echo
echo "| case | wall (s) | CPU (s) | peak memory (MB) |"
echo "|---|---:|---:|---:|"
for name in "${names[@]}"; do
    printf '| %s | %.3f | %.3f | %.0f |\n' "${what[$name]}" "${wall[$name]}" "${cpu[$name]}" "${peak[$name]}"
done
echo

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
verdict() { awk -v v="$1" -v goal="$2" 'BEGIN {print (v <= goal ? "met" : "NOT met")}'; }
declare -A ratios
for peer in items-r items-py; do
    [[ -n "${wall[$peer]:-}" ]] || continue
    ratios[$peer]=$(ratio "${wall[items-hf]}" "${wall[$peer]}")
    echo "8 items, HfReports / ${what[$peer]#*, }: wall ${ratios[$peer]}, CPU $(ratio "${cpu[items-hf]}" "${cpu[$peer]}") (goal <= 0.1 on wall: $(verdict "${ratios[$peer]}" 0.1))"
done
echo "the paper from the installed tool: ${wall[paper-v1]} s wall (goal <= 0.5 s: $(verdict "${wall[paper-v1]}" 0.5))"
echo "hfreports --version: $(awk -v s="${wall[version]}" 'BEGIN {printf "%.0f", s * 1000}') ms wall (goal <= 60 ms: $(verdict "${wall[version]}" 0.060))"
if [[ -n "${wall[paper-1m]:-}" ]]; then
    echo "the paper on 1M models: ${wall[paper-1m]} s wall, ${peak[paper-1m]} MB (goal <= 5 s: $(verdict "${wall[paper-1m]}" 5); <= 1 GB: $(verdict "${peak[paper-1m]}" 1024))"
fi
if [[ -n "${wall[paper-1m-duckdb]:-}" ]]; then
    echo "the paper on 1M models in DuckDB: ${wall[paper-1m-duckdb]} s wall, ${cpu[paper-1m-duckdb]} s CPU, ${peak[paper-1m-duckdb]} MB (goal <= 3 s: $(verdict "${wall[paper-1m-duckdb]}" 3))"
fi
if [[ -n "${wall[paper-10m-duckdb]:-}" ]]; then
    echo "the paper on 10M models in DuckDB: ${wall[paper-10m-duckdb]} s wall, ${cpu[paper-10m-duckdb]} s CPU, ${peak[paper-10m-duckdb]} MB (goal <= 20 s: $(verdict "${wall[paper-10m-duckdb]}" 20); <= 2 GB: $(verdict "${peak[paper-10m-duckdb]}" 2048))"
fi

# The peers' two CSVs against our tables (the cleaning is the peers', bench/peers/sql/peer-models.sql).
text="$work/items.txt"
pdftotext -layout "$work/out-items/peer-items.pdf" - | tr -s ' ' | sed 's/^ //' > "$text"
for peer in r py; do
    [[ -f "$work/out-$peer/table_a_license_distribution.csv" ]] || continue
    missing=0
    while IFS=, read -r licence count percent; do
        grep -qxF "$licence $count $(printf '%.2f' "$percent") %" "$text" || { echo "  licence row not in our table: $licence $count $percent" >&2; missing=1; }
    done < <(tail -n +2 "$work/out-$peer/table_a_license_distribution.csv")
    while IFS=, read -r model type params arc mmlu gsm8k average; do
        grep -qF "$params $(printf '%.2f %.2f %.2f %.2f' "$arc" "$mmlu" "$gsm8k" "$average")" "$text" \
            || { echo "  top-6 row not in our table: $model" >&2; missing=1; }
    done < <(tail -n +2 "$work/out-$peer/table_b_top6_models.csv")
    echo "the $peer peer's two CSVs against our tables: $([[ $missing -eq 0 ]] && echo "every row matches" || echo "DIFFERENT (above)")"
done

json="$results/$commit.json"
{
    echo "{"
    echo "  \"commit\": \"$commit\", \"runs\": $runs, \"load_average\": \"$(cut -d' ' -f1-3 /proc/loadavg)\","
    echo "  \"cases\": {"
    sep=""
    for name in "${names[@]}"; do
        printf '%s    "%s": { "wall_s": %s, "cpu_s": %s, "peak_mb": %.0f }' "$sep" "$name" "${wall[$name]}" "${cpu[$name]}" "${peak[$name]}"
        sep=$',\n'
    done
    echo
    echo "  },"
    echo "  \"ratios\": { \"r\": ${ratios[items-r]:-null}, \"python\": ${ratios[items-py]:-null} }"
    echo "}"
} > "$json"
echo "wrote $json"
