#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local dotnet tool: .config/dotnet-tools.json) of one folder or file, on one core.
#   tests/mutation.sh Transform                                   # engine/HfReports.Engine/**/Transform/**
#   tests/mutation.sh StatementGuard.cs                           # a file, wherever it lives in the project
#   tests/mutation.sh Import/Rules HfReports.Ingest               # a folder of another project
#   TESTS="FullyQualifiedName~Tests.Transform" tests/mutation.sh Transform   # these tests instead of the default
# The scored places have a default test filter below: the tests written for that code. Stryker runs only the tests
# that cover a mutant, but the whole suite (780+ tests, a 1.5-minute pack test) would still take hours on 2 cores.
# Stryker rebuilds the projects in place, so it runs in a copy of the checkout (tracked and new files, in a private
# temporary folder removed afterwards): tests and builds can go on beside it.
# Reports (HTML, JSON, the list of mutants) go to tests/mutation-reports/<project>-<target>/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: tests/mutation.sh FOLDER-OR-FILE [PROJECT]   (e.g. Transform, Build/Caching, StatementGuard.cs)}"
project="${2:-HfReports.Engine}"
case "$target" in
  *.cs) pattern="**/$(basename "$target")" ;;
  *) pattern="**/$target/**/*.cs" ;;
esac
if [ -z "${TESTS:-}" ]; then
  case "$(basename "$target")" in
    Transform) TESTS="FullyQualifiedName~Tests.Transform" ;;
    Document) TESTS="FullyQualifiedName~Tests.Document" ;;
    Statistics) TESTS="FullyQualifiedName~Tests.Charts.StatisticsTests|FullyQualifiedName~Tests.Charts.LoessTests|FullyQualifiedName~Tests.Charts.BoxAndViolinTests" ;;
    Caching) TESTS="FullyQualifiedName~Tests.Building.FrameCacheTests|FullyQualifiedName~Tests.Building.CacheInvalidationTests" ;;
    StatementGuard.cs) TESTS="FullyQualifiedName~Tests.Query|FullyQualifiedName~Tests.Hardening.SnapshotGuardTests" ;;
    ExpectationChecker.cs) TESTS="FullyQualifiedName~Tests.Building.ExpectationCheckerTests" ;;
    Paginator.cs) TESTS="FullyQualifiedName~Tests.Rendering.PaginatorTests|FullyQualifiedName~Tests.Rendering.FloatTests" ;;
    AtomicFile.cs) TESTS="FullyQualifiedName~Tests.Building.AtomicFileTests|FullyQualifiedName~Tests.Hardening.OutputSafetyTests" ;;
  esac
fi
output="$PWD/tests/mutation-reports/$project-${target//\//-}"
dotnet tool restore >/dev/null
. tests/sdk-tmpdir.sh
copy="$TMPDIR/checkout"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - 2>/dev/null | tar -xf - -C "$copy"
args=(--project "$project.csproj" --test-project "$copy/tests/HfReports.Tests/HfReports.Tests.csproj"
  --mutate "$pattern" --concurrency "${CONCURRENCY:-1}" --output "$output" --skip-version-check
  --reporter Progress --reporter Html --reporter Json --reporter ClearText)
if [ -n "${TESTS:-}" ]; then args+=(--test-case-filter "$TESTS"); fi
echo "mutating $pattern of $project; tests: ${TESTS:-all}" >&2
cd "$copy/tests/HfReports.Tests"
dotnet dotnet-stryker "${args[@]}"
