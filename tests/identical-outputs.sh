#!/usr/bin/env bash
# Proves a change leaves outputs byte-identical: builds the demo paper, the v1 paper (from the shared v1 export)
# the chart gallery and the peers' eight items (bench/peers/, on the v1 snapshot: the 6,687-point LOESS scatter) with the engine at BASE (default: main) and with the working tree, then compares every
# output file byte for byte. Usage: tests/identical-outputs.sh [BASE] [WORK_DIR]
# Exit 0 when all outputs are identical, 1 when any differs (listed), 2 when a build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
base=${1:-main}
work=${2:-$(mktemp -d "${TMPDIR:-/tmp}/identical-outputs.XXXXXX")}
export=../shared/data/leaderboard/open-llm-leaderboard-v1_2024-07-13.csv
[ -f "$export" ] || { echo "missing $export: the v1 paper cannot be compared" >&2; exit 2; }
export SOURCE_DATE_EPOCH=1700000000 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# One side: publish the CLI of a source tree, then build the three outputs into $work/$side/out.
build_side() {
  local side=$1 source=$2 dir=$work/$1
  mkdir -p "$dir"
  dotnet build "$source/engine/HfReports.Cli" -c Release -o "$dir/bin" -p:UseSharedCompilation=false -nodeReuse:false \
    -v quiet >"$dir/compile.log" 2>&1 || { cat "$dir/compile.log" >&2; exit 2; }
  local cli="$dir/bin/hfreports"
  [ -x "$cli" ] || cli="dotnet $dir/bin/hfreports.dll"
  # Copies of the specs so both sides read the same inputs from their own tree (and write no cache into it).
  rm -rf "$dir/src" && mkdir -p "$dir/src" && cp -r "$source/reports" "$source/reports.yaml" "$dir/src/"
  [ -d "$source/bench/peers" ] && cp -r "$source/bench/peers" "$dir/src/peers"
  mkdir -p "$dir/src/data"
  (cd "$dir/src" && $cli snapshot demo --out data/demo.db >/dev/null &&
    $cli snapshot import "$repo/$export" --out data/v1.db >/dev/null &&
    $cli build --no-cache --output "$dir/out/demo" >"$dir/demo.log" 2>&1 &&
    $cli build --no-cache --snapshot data/v1.db --output "$dir/out/v1" >"$dir/v1.log" 2>&1 &&
    $cli build reports/examples/examples.yaml --no-cache --output "$dir/out/gallery" >"$dir/gallery.log" 2>&1 &&
    { [ ! -d peers ] || $cli build peers/reports.yaml --no-cache --snapshot data/v1.db --output "$dir/out/peers" >"$dir/peers.log" 2>&1; }) ||
    { echo "build failed on the $side side (logs in $dir)" >&2; exit 2; }
}

if [ ! -d "$work/base/out" ]; then
  git worktree add --detach "$work/base-src" "$base" >/dev/null 2>&1
  build_side base "$work/base-src"
  git worktree remove --force "$work/base-src"
fi
rm -rf "$work/head"
build_side head "$repo"

status=0
# The lock's owner file names the building process, which differs on every run: not an output.
(cd "$work/base/out" && find . -type f ! -name '.hfreports.lock*' | sort) >"$work/base.files"
(cd "$work/head/out" && find . -type f ! -name '.hfreports.lock*' | sort) >"$work/head.files"
diff "$work/base.files" "$work/head.files" || status=1
while read -r file; do
  if cmp -s "$work/base/out/$file" "$work/head/out/$file"; then
    echo "identical  $file ($(stat -c %s "$work/head/out/$file") bytes)"
  elif [ "$(basename "$file")" = manifest.json ] &&
    cmp -s <(sed -E 's/"commit": *"[0-9a-f]*"/"commit": ""/' "$work/base/out/$file") \
           <(sed -E 's/"commit": *"[0-9a-f]*"/"commit": ""/' "$work/head/out/$file"); then
    # The build manifest records the engine's git commit, which differs between the two sides by design.
    echo "identical  $file (but for the engine commit it records)"
  else
    echo "DIFFERENT  $file"; status=1
  fi
done <"$work/head.files"
[ -s "$work/head.files" ] || { echo "no outputs were built" >&2; exit 2; }
exit $status
