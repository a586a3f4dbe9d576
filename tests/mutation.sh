#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local dotnet tool: .config/dotnet-tools.json) of one folder or file, on one core.
#   tests/mutation.sh Transform                                   # engine/HfReports.Engine/Transform/**
#   tests/mutation.sh Query/StatementGuard.cs
#   tests/mutation.sh Import/Rules HfReports.Ingest               # a folder of another project
#   TESTS="FullyQualifiedName~Tests.Transform" tests/mutation.sh Transform   # run only these tests (much faster)
# Stryker rebuilds the projects in place: run it in a copy of the repository when tests run beside it.
# Reports (HTML, JSON, the list of mutants) go to tests/mutation-reports/<project>-<target>/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: tests/mutation.sh FOLDER-OR-FILE [PROJECT]   (e.g. Transform, Build/Caching, Query/StatementGuard.cs)}"
project="${2:-HfReports.Engine}"
case "$target" in
  *.cs) pattern="**/$target" ;;
  *) pattern="**/$target/**/*.cs" ;;
esac
output="$PWD/tests/mutation-reports/$project-${target//\//-}"
args=(--project "$project.csproj" --test-project "$PWD/tests/HfReports.Tests/HfReports.Tests.csproj"
  --mutate "$pattern" --concurrency "${CONCURRENCY:-1}" --output "$output" --skip-version-check
  --reporter Progress --reporter Html --reporter Json --reporter ClearText)
if [ -n "${TESTS:-}" ]; then args+=(--test-case-filter "$TESTS"); fi
dotnet tool restore >/dev/null
cd tests/HfReports.Tests
dotnet dotnet-stryker "${args[@]}"
