#!/usr/bin/env bash
# Runs the commands of .github/workflows/publish.yml locally, in the same order, minus the
# uploads (artefacts, release). Use it before changing the workflow:
#   .github/run-publish-steps.sh            # everything, like CI
#   SKIP_TESTS=1 .github/run-publish-steps.sh   # skip `dotnet test` (the slow part)
# Outputs land where CI puts them: artifacts/packages, artifacts/tool, data/snapshot.db, out/.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# The same pinned export as CI (see publish.yml); a local copy is used when its SHA-256 matches, else it is downloaded.
export LEADERBOARD_URL="${LEADERBOARD_URL:-https://raw.githubusercontent.com/fboulnois/llm-leaderboard-csv/5285982/csv/huggingface.csv}"
export LEADERBOARD_SHA256="${LEADERBOARD_SHA256:-d8f1d5480ea3086a4b640e45eae5837464ee8d61815c202ad0dc1a616c5e5b40}"
export LEADERBOARD_EXPORT="${LEADERBOARD_EXPORT:-../shared/data/leaderboard/open-llm-leaderboard-v1_2024-07-13.csv}"
step() { printf '\n== %s\n' "$*"; }
timed() { local start=$SECONDS; "$@"; echo "   ($((SECONDS - start)) s)"; }

# A fresh install each run, as on a CI machine.
rm -rf artifacts/packages artifacts/tool

step "Fonts"
fc-list 2>/dev/null | grep -q "DejaVu Serif" || { echo "DejaVu fonts missing: apt-get install fonts-dejavu-core (CI does)"; exit 3; }

step "Restore"
timed dotnet restore HfReports.sln --locked-mode

if [ -z "${SKIP_TESTS:-}" ]; then
  step "Test (with the tool package test, which packs and installs the tool itself)"
  timed env HFREPORTS_PACK_TESTS=1 dotnet test HfReports.sln --no-restore
fi

step "Pack the tool"
# This machine's runtime only: the workflow packs them all, and a local package source may not serve every runtime pack.
timed engine/HfReports.Cli/pack-tool.sh artifacts/packages "$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"

step "Install the tool from the local folder"
timed dotnet tool install --tool-path artifacts/tool --add-source artifacts/packages HfReports.Tool

step "Tool version"
artifacts/tool/hfreports --version

step "Fetch the leaderboard export (pinned commit, SHA-256 verified)"
.github/fetch-export.sh

step "Import the export"
artifacts/tool/hfreports snapshot import "$LEADERBOARD_EXPORT" --out data/snapshot.db --force

step "Build the paper"
artifacts/tool/hfreports build reports.yaml --snapshot data/snapshot.db --output out --strict

step "What CI would upload"
ls -l out/*.pdf out/*.html out/manifest.json
echo "package: $(du -h artifacts/packages/*.nupkg | cut -f1), installed tool: $(du -sh artifacts/tool | cut -f1)"
