#!/usr/bin/env bash
# The engine's own cases, beyond bench/run.sh (which times the installed tool against the peers): imports, the
# demo paper, the gallery, warm rebuilds, `check`, 1M models (not a unit test). Prints a Markdown table of medians
# and peak memory, and writes the same figures to bench/results/engine-<commit>.json.
#
#   bench/engine.sh              # everything, including the 1,000,000-model demo snapshot (generated once, kept)
#   bench/engine.sh --quick      # skip the 1M snapshot
#   RUNS=10 bench/engine.sh      # timed runs per case (default 5; the 1M build runs 3 times)
#
# Needs the .NET SDK, hyperfine and GNU time (Debian: apt-get install hyperfine time). The real v1 export is
# read from ../shared/data/leaderboard when present. Everything is written under bench/results/ (git-ignored);
# the repository's reports are copied there, so editing a figure for the warm cases never touches the checkout.
#
# Cases (all through the published ReadyToRun binary, process start included unless noted):
#   import-v1      snapshot import of the real v1 export (7,169 rows)
#   cold-v1        full paper build (PDF + HTML + manifest) on the real v1 snapshot, empty build cache
#   cold-demo      the same on the 7,000-model demo snapshot
#   cold-gallery   the chart gallery (21 figures) on the demo snapshot, empty cache: the heavier report
#   warm-cli       paper rebuild on v1 in a new process after changing one figure's YAML (its height), warm cache
#   warm-watch     the same change picked up by a running `build --watch`: the rebuild time it reports (in process)
#   save-to-built  the same, from the file write to the watch's "built" line (adds the debounce and event latency)
#   check          `check` of the paper on v1
#   demo-1m        generating the 1,000,000-model demo snapshot (only when it is generated in this run)
#   cold-1m        full paper build on the 1M snapshot, empty cache
#   import-1m      snapshot import of a 1,000,000-row synthetic v1 export (`snapshot fake-export`, written once, kept)

set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
results="$root/bench/results"
work="$results/work"
runs="${RUNS:-5}"
quick=0
[[ "${1:-}" == "--quick" ]] && quick=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1

command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 3; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 3; }
mkdir -p "$work"

echo "publishing the ReadyToRun binary..." >&2
dotnet publish "$root/engine/HfReports.Cli" -c Release -r linux-x64 --self-contained false \
    -o "$results/bin" -v quiet -nologo >/dev/null
hf="$results/bin/hfreports"

# A private copy of the reports, with one manifest per snapshot (check takes the snapshot from the manifest).
rm -rf "$work/tree" && mkdir -p "$work/tree"
cp -r "$root/reports" "$work/tree/reports"
manifest_for() { # name snapshot report-path -> manifest path
    local path="$work/tree/$1.yaml"
    sed -e "s#^snapshot:.*#snapshot: $2#" -e "s#^output:.*#output: $work/out-$1/out#" -e "s#^  - .*#  - $3#" \
        "$root/reports.yaml" > "$path"
    echo "$path"
}
figure="$(grep -L "requires:" "$work/tree/reports/paper/figures/"*.yaml | head -n 1)" # a figure drawn on every snapshot
edit_figure() { # n: give the figure a height it never had, so its key is new (the frame stays cached)
    local height; height="$(printf '3.%04d' "$1")"
    if grep -q '^  height:' "$figure"; then sed -i "s/^  height:.*/  height: $height/" "$figure"
    else sed -i "/^  id:/a\\  height: $height" "$figure"; fi
}
export -f edit_figure; export figure

declare -A median stddev memory note
measure() { # case runs prepare command...: hyperfine median and stddev, then one run under GNU time for peak RSS
    local name="$1" count="$2" prepare="$3"; shift 3
    hyperfine --shell=bash --style none --runs "$count" --warmup 0 --prepare "$prepare" --export-json "$work/$name.json" -- "$*" >/dev/null 2>&1 \
        || { echo "$name failed: $*" >&2; return 1; }
    median[$name]=$(grep -m1 '"median"' "$work/$name.json" | sed 's/.*: *//; s/,.*//')
    stddev[$name]=$(grep -m1 '"stddev"' "$work/$name.json" | sed 's/.*: *//; s/,.*//')
    bash -c "$prepare"
    /usr/bin/time -f '%M' -o "$work/$name.rss" "$@" >/dev/null 2>&1
    memory[$name]=$(( $(tail -n 1 "$work/$name.rss") / 1024 ))
}

# --- snapshots --------------------------------------------------------------------------------------------
csv="$root/../shared/data/leaderboard/open-llm-leaderboard-v1_2024-07-13.csv"
v1="$work/v1.db"
if [[ -f "$csv" ]]; then
    measure import-v1 "$runs" "rm -f $work/import.db" "$hf" snapshot import "$csv" --out "$work/import.db"
    rm -f "$v1" && cp "$work/import.db" "$v1"
else
    echo "the v1 export is not at $csv: v1 cases skipped" >&2
fi
demo="$work/demo.db"
[[ -f "$demo" ]] || "$hf" snapshot demo --out "$demo" >/dev/null
# Kept files of an earlier hfreports are brought to the current schema (a no-op when they are).
"$hf" snapshot upgrade "$demo" --quiet

# --- builds -----------------------------------------------------------------------------------------------
if [[ -f "$v1" ]]; then
    m="$(manifest_for v1 "$v1" reports/paper/paper.yaml)"
    measure cold-v1 "$runs" "rm -rf $work/out-v1" "$hf" build "$m" --quiet
    measure check "$runs" "true" "$hf" check "$m" --quiet
    # Warm rebuild in a new process: the cache holds the last build; each run changes the figure first.
    "$hf" build "$m" --quiet
    echo 0 > "$work/edits"
    measure warm-cli "$runs" "n=\$(( \$(cat $work/edits) + 1 )); echo \$n > $work/edits; edit_figure \$n" "$hf" build "$m" --quiet

    # Warm rebuild in watch mode: the in-process time the watcher prints, and save-to-built as seen from outside.
    log="$work/watch.log"
    "$hf" build "$m" --watch > /dev/null 2> "$log" &
    watch_pid=$!
    for _ in $(seq 600); do grep -q 'watching for changes' "$log" && break; sleep 0.1; done
    rebuilds=()
    saves=()
    for i in $(seq "$runs"); do
        before=$(grep -c '] built\|] build failed' "$log" || true)
        start=$(date +%s%N)
        edit_figure $((1000 + i))
        for _ in $(seq 3000); do
            [[ $(grep -c '] built\|] build failed' "$log" || true) -gt $before ]] && break
            sleep 0.01
        done
        saves+=($(( ($(date +%s%N) - start) / 1000000 )))
        rebuilds+=("$(grep '] built' "$log" | tail -n 1 | sed 's/.* in \([0-9]*\) ms.*/\1/')")
        sleep 0.3
    done
    memory[warm-watch]=$(( $(grep VmHWM "/proc/$watch_pid/status" | awk '{print $2}') / 1024 ))
    memory[save-to-built]=${memory[warm-watch]}
    kill -TERM "$watch_pid"; wait "$watch_pid" || true
    med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2) / 1000}'; }
    median[warm-watch]=$(med "${rebuilds[@]}")
    median[save-to-built]=$(med "${saves[@]}")
    note[warm-watch]="rebuild times: ${rebuilds[*]} ms; $(grep '] built' "$log" | tail -n 1 | sed 's/.*; //')"
    note[save-to-built]="includes the ${DEBOUNCE_MS:-120} ms debounce"

fi
m="$(manifest_for demo "$demo" reports/paper/paper.yaml)"
measure cold-demo "$runs" "rm -rf $work/out-demo" "$hf" build "$m" --quiet
m="$(manifest_for gallery "$demo" reports/examples/gallery.yaml)"
measure cold-gallery "$runs" "rm -rf $work/out-gallery" "$hf" build "$m" --quiet

if [[ $quick -eq 0 ]]; then
    big="$work/demo-1m.db"
    if [[ ! -f "$big" || ! -f "$work/demo-1m.time" ]]; then
        rm -f "$big"
        /usr/bin/time -f '%e %M' -o "$work/demo-1m.time" "$hf" snapshot demo --models 1000000 --out "$big" >/dev/null
        note[demo-1m]="one run"
    else
        note[demo-1m]="one run, kept from $(date -r "$work/demo-1m.time" '+%Y-%m-%d %H:%M') (delete $work/demo-1m.db to regenerate)"
    fi
    "$hf" snapshot upgrade "$big" --quiet
    read -r seconds rss < "$work/demo-1m.time"
    median[demo-1m]=$seconds; memory[demo-1m]=$((rss / 1024))
    m="$(manifest_for big "$big" reports/paper/paper.yaml)"
    measure cold-1m 3 "rm -rf $work/out-big" "$hf" build "$m" --quiet
    note[cold-1m]="$(du -m "$big" | cut -f1) MB snapshot"

    export_1m="$work/fake-1m_2024-06-12.csv"
    [[ -f "$export_1m" ]] || "$hf" snapshot fake-export --rows 1000000 --out "$export_1m" --quiet
    measure import-1m 3 "rm -f $work/import-1m.db" "$hf" snapshot import "$export_1m" --out "$work/import-1m.db" --quiet
    note[import-1m]="$(du -m "$export_1m" | cut -f1) MB CSV; $("$hf" snapshot import "$export_1m" --out "$work/import-1m-steps.db" --force --verbose 2>&1 >/dev/null | grep -E 'reading|cleaning' | sed 's/^ *//; s/ *(.*)//' | paste -sd ';' | sed 's/;/; /g')"
    rm -f "$work/import-1m-steps.db"
fi

# --- report -----------------------------------------------------------------------------------------------
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- engine data || echo '-dirty')"
cpu="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
mem_gb="$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
order=(import-v1 cold-v1 cold-demo cold-gallery warm-cli warm-watch save-to-built check demo-1m cold-1m import-1m)

echo
echo "commit $commit; $(nproc) cores, $cpu, ${mem_gb} GB; load average $load; $runs runs per case"
echo
echo "| case | median (s) | stddev (s) | peak memory (MB) | note |"
echo "|---|---:|---:|---:|---|"
for name in "${order[@]}"; do
    [[ -n "${median[$name]:-}" ]] || continue
    sd='-'
    [[ -n "${stddev[$name]:-}" ]] && sd=$(printf '%.3f' "${stddev[$name]}")
    printf '| %s | %.3f | %s | %s | %s |\n' "$name" "${median[$name]}" "$sd" "${memory[$name]:--}" "${note[$name]:-}"
done


json="$results/engine-$commit.json"
{
    echo "{"
    echo "  \"commit\": \"$commit\","
    echo "  \"machine\": { \"cores\": $(nproc), \"cpu\": \"$cpu\", \"memory_gb\": $mem_gb, \"load_average\": \"$load\" },"
    echo "  \"runs\": $runs,"
    echo "  \"cases\": {"
    first=1
    for name in "${order[@]}"; do
        [[ -n "${median[$name]:-}" ]] || continue
        [[ $first -eq 1 ]] || echo ","
        first=0
        printf '    "%s": { "median_s": %s, "stddev_s": %s, "peak_mb": %s, "note": "%s" }' "$name" "${median[$name]}" \
            "${stddev[$name]:-null}" "${memory[$name]:-null}" "${note[$name]:-}"
    done
    echo
    echo "  }"
    echo "}"
} > "$json"
echo
echo "wrote $json"
