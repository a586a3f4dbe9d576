#!/usr/bin/env bash
# Writes the golden page images (tests/golden/paper-demo, tests/golden/gallery) from the current engine and specs,
# after a visual change that is intended. Review the result with `git diff --stat tests/golden` and an image viewer.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/sdk-tmpdir.sh
HFREPORTS_UPDATE_GOLDEN=1 dotnet test HfReports.sln --filter "FullyQualifiedName~GoldenPagesTests"
rm -rf tests/golden/actual
git status --short tests/golden
