# Sourced by the scripts that run dotnet SDK commands (build, test, pack). The SDK itself leaves two empty 0700
# folders with random six-character names in the temporary folder per command (dotnet/sdk issue 35353): hundreds a
# day in /tmp on a busy machine. Give it a temporary folder of its own, removed on exit, and no compiler server
# that would outlive the folder. Short, because Chromium's socket paths below it are limited to 107 bytes.
TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/hf.XXXXXX")"
export TMPDIR UseSharedCompilation=false
trap 'rm -rf "$TMPDIR"' EXIT
