#!/usr/bin/env bash
# Packs the hfreports tool into a folder, as it is released:
#
#   engine/HfReports.Cli/pack-tool.sh OUT [RUNTIMES]
#
# OUT receives HfReports.Tool (the package users name, which points `dotnet tool install` at their runtime's package)
# and one HfReports.Tool.<runtime> package per runtime. RUNTIMES is a ;-separated list of runtime identifiers (default:
# ToolRuntimes in HfReports.Cli.csproj). This machine's own runtime is compiled as Native AOT; the others are
# self-contained ReadyToRun images, as Native AOT cannot compile for another operating system or processor.
set -euo pipefail
project="$(cd "$(dirname "$0")" && pwd)"
out="$1"
cd "$project"
all="${2:-$(dotnet msbuild -nologo -getProperty:ToolRuntimes)}"
host="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
others="$(tr ';' '\n' <<<"$all" | grep -vx "$host" | paste -sd ';' || true)"
pack() { dotnet pack "$project" -c Release -o "$out" -nologo --disable-build-servers "$@"; }

# The other runtimes' packages (their HfReports.Tool is replaced below by one that lists every runtime).
if [[ -n "$others" ]]; then pack -p:ToolRuntimes="$others"; fi
# HfReports.Tool alone: with Native AOT on, a pack without a runtime writes only the package users name.
pack -p:ToolRuntimes="$all" -p:ToolAot=true
# This machine's runtime, Native AOT.
if tr ';' '\n' <<<"$all" | grep -qx "$host"; then pack -r "$host" -p:ToolRuntimes="$all" -p:ToolAot=true; fi
