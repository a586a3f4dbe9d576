#!/usr/bin/env bash
# Puts the leaderboard export the paper is built from at $LEADERBOARD_EXPORT and proves it is the right file:
# an existing file is used only if its SHA-256 is $LEADERBOARD_SHA256; otherwise it is downloaded from
# $LEADERBOARD_URL (a raw GitHub URL pinned to a commit) and checked before it is moved into place.
# Any failure (no network, HTTP error, wrong checksum) exits non-zero: the paper is never built on demo data instead.
set -euo pipefail
: "${LEADERBOARD_EXPORT:?set LEADERBOARD_EXPORT (where the export goes)}"
: "${LEADERBOARD_SHA256:?set LEADERBOARD_SHA256 (the expected SHA-256 of the export)}"

matches() { echo "$LEADERBOARD_SHA256  $1" | sha256sum --check --status; }

if [ -f "$LEADERBOARD_EXPORT" ]; then
  if matches "$LEADERBOARD_EXPORT"; then
    echo "export $LEADERBOARD_EXPORT: SHA-256 $LEADERBOARD_SHA256 verified"
    exit 0
  fi
  echo "error: $LEADERBOARD_EXPORT exists but its SHA-256 is $(sha256sum "$LEADERBOARD_EXPORT" | cut -d' ' -f1), expected $LEADERBOARD_SHA256" >&2
  exit 1
fi

: "${LEADERBOARD_URL:?set LEADERBOARD_URL (where to download the export from)}"
mkdir -p "$(dirname "$LEADERBOARD_EXPORT")"
partial="$LEADERBOARD_EXPORT.partial"
trap 'rm -f "$partial"' EXIT
if ! curl --fail --silent --show-error --location --retry 3 --retry-delay 5 --max-time 300 --output "$partial" "$LEADERBOARD_URL"; then
  echo "error: could not download the leaderboard export from $LEADERBOARD_URL; not building the paper on anything else" >&2
  exit 1
fi
if ! matches "$partial"; then
  echo "error: the download from $LEADERBOARD_URL has SHA-256 $(sha256sum "$partial" | cut -d' ' -f1), expected $LEADERBOARD_SHA256" >&2
  exit 1
fi
mv "$partial" "$LEADERBOARD_EXPORT"
echo "export $LEADERBOARD_EXPORT: downloaded, SHA-256 $LEADERBOARD_SHA256 verified"
