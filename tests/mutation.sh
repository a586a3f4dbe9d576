#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local dotnet tool: .config/dotnet-tools.json) of folders or files, on one core.
#   tests/mutation.sh Transform                                   # engine/HfReports.Engine/**/Transform/**
#   tests/mutation.sh StatementGuard.cs                           # a file, wherever it lives in the project
#   tests/mutation.sh scored                                      # every place whose score the README gives, in one run
#   PROJECT=HfReports.Ingest tests/mutation.sh Import/Rules       # a folder of another project
#   TESTS="FullyQualifiedName~Tests.Transform" tests/mutation.sh Transform   # these tests instead of the default
#   tests/mutation.sh Query '!StatementGuard.cs'                  # a folder but for a place scored on its own
# Each scored place has a default test filter below: the tests written for that code. Stryker runs only the tests
# that cover a mutant, but the whole suite (780+ tests, a 1.5-minute pack test) would take hours on 2 cores. Stryker
# also creates and compiles every mutant of the project before it tests those asked for (10,000+, about 15 minutes
# under load), so several places are best given to one run.
# Stryker rebuilds the projects in place, so it runs in a copy of the checkout (tracked and new files, in a private
# temporary folder removed afterwards): tests and builds can go on beside it.
# Reports go to tests/mutation-reports/<project>-<targets>/ (git-ignored); the score of each place is printed last.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: tests/mutation.sh FOLDER-OR-FILE... | scored   (e.g. Transform, Build/Caching, StatementGuard.cs)" >&2; exit 2; }
project="${PROJECT:-HfReports.Engine}"
scored=(Transform StatementGuard.cs Document Build/Caching ExpectationChecker.cs Paginator.cs PageRun.cs AtomicFile.cs Charts/Statistics)
targets=("$@")
[ "$*" = scored ] && targets=("${scored[@]}")

# The tests written for a place (folders keep their name when the engine's layout changes; files are found anywhere).
tests_for() {
  case "$(basename "$1")" in
    Transform) echo "FullyQualifiedName~Tests.Transform" ;;
    Document) echo "FullyQualifiedName~Tests.Document|FullyQualifiedName~Tests.Building.ChecksTableTests|FullyQualifiedName~Tests.Building.NoticeBlockTests" ;;
    Statistics | Loess.cs | NormalEquations.cs) echo "FullyQualifiedName~Tests.Charts.Statistics|FullyQualifiedName~Tests.Charts.LoessTests|FullyQualifiedName~Tests.Charts.NormalEquationsTests|FullyQualifiedName~Tests.Charts.BoxAndViolinTests" ;;
    Caching) echo "FullyQualifiedName~Tests.Building.Cache|FullyQualifiedName~Tests.Building.FrameCacheTests" ;;
    StatementGuard.cs) echo "FullyQualifiedName~Tests.Query|FullyQualifiedName~Tests.Hardening.SnapshotGuardTests" ;;
    ExpectationChecker.cs) echo "FullyQualifiedName~Tests.Building.ExpectationCheckerTests" ;;
    Paginator.cs | PageRun.cs) echo "FullyQualifiedName~Tests.Rendering.Paginator|FullyQualifiedName~Tests.Rendering.FloatTests|FullyQualifiedName~Tests.Rendering.TableSplitTests" ;;
    AtomicFile.cs) echo "FullyQualifiedName~Tests.Building.AtomicFileTests|FullyQualifiedName~Tests.Hardening.OutputSafetyTests" ;;
  esac
}
pattern_for() {
  case "$1" in
    *.cs) echo "**/$(basename "$1")" ;;
    *) echo "**/$1/**/*.cs" ;;
  esac
}
# Whether a project file (./Folder/File.cs) belongs to a place: a file by its name anywhere, a folder by its path.
in_place() {
  case "$2" in
    *.cs) [ "$(basename "$1")" = "$(basename "$2")" ] ;;
    *) case "$1" in */"$2"/*) true ;; *) false ;; esac ;;
  esac
}

# A place written '!PLACE' is left out: its files are not mutated even inside a folder asked for.
included=()
excluded=()
for target in "${targets[@]}"; do
  case "$target" in '!'*) excluded+=("${target#!}") ;; *) included+=("$target") ;; esac
done
mutate=()
filters=()
for target in "${included[@]}"; do
  mutate+=(--mutate "$(pattern_for "$target")")
  filter="$(tests_for "$target")"
  if [ -n "$filter" ]; then filters+=("$filter"); fi
done
for target in "${excluded[@]}"; do mutate+=(--mutate "!$(pattern_for "$target")"); done
# tests/mutation-sample.sh gives the text spans of the mutants it drew in place of the places' own patterns.
if [ -n "${MUTATE_FILE:-}" ]; then
  mutate=()
  while IFS= read -r pattern; do mutate+=(--mutate "$pattern"); done <"$MUTATE_FILE"
fi
if [ -z "${TESTS:-}" ] && [ ${#filters[@]} -eq ${#included[@]} ]; then TESTS="$(IFS='|'; echo "${filters[*]}")"; fi
name="$*"; name="${name//!/not-}"; name="${name//[\/ ]/-}"
# A file name holds 255 bytes: a long list of places is cut and told apart by a hash of the whole list.
if [ ${#name} -gt 120 ]; then name="${name:0:100}-$(echo "$name" | sha1sum | cut -c1-8)"; fi
output="$PWD/tests/mutation-reports/${REPORT_NAME:-$project-$name}"

dotnet tool restore >/dev/null
. tests/sdk-tmpdir.sh
copy="$TMPDIR/checkout"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - 2>/dev/null | tar -xf - -C "$copy"
# Stryker mutates and compiles every file of the project and only then drops the mutants outside --mutate: 11,000+
# mutants, over 1,600 of which do not compile and are rolled back one by one (10-15 minutes under load). A
# "Stryker disable all" comment on every other file keeps their mutants out of the compiled assembly from the start.
(cd "$copy/engine/$project" && find . -name '*.cs' -not -path './obj/*' -not -path './bin/*' -print0) |
  while IFS= read -r -d '' file; do
    keep=no
    for target in "${included[@]}"; do in_place "$file" "$target" && keep=yes; done
    for target in "${excluded[@]}"; do in_place "$file" "$target" && keep=no; done
    [ $keep = yes ] || sed -i '1i // Stryker disable all' "$copy/engine/$project/$file"
  done
# The progress bar draws only on a terminal; elsewhere (a log, CI) one character per mutant tested shows how far it is.
progress=Progress
[ -t 1 ] || progress=Dots
args=(--project "$project.csproj" --test-project "$copy/tests/HfReports.Tests/HfReports.Tests.csproj"
  "${mutate[@]}" --concurrency "${CONCURRENCY:-1}" --output "$output" --skip-version-check
  --reporter "$progress" --reporter Html --reporter Json --reporter ClearText)
if [ -n "${TESTS:-}" ]; then args+=(--test-case-filter "$TESTS"); fi
# More of Stryker's options, word by word (tests/mutation-sample.sh asks for the report written before any test).
read -ra more <<<"${STRYKER_ARGS:-}"
args+=("${more[@]}")
echo "mutating ${targets[*]} of $project; tests: ${TESTS:-all}" >&2
# Stryker's project analysis (Buildalyzer) finds no build environment without the shared compiler.
# Under heavy load its `dotnet --info` can time out ("Could not find build environment"): try again, up to three times.
for attempt in 1 2 3; do
  (cd "$copy/tests/HfReports.Tests" && env -u UseSharedCompilation nice -n "${NICE:-10}" dotnet dotnet-stryker "${args[@]}") 2>&1 |
    tee "$TMPDIR/stryker.log" || true
  grep -q "Could not find build environment" "$TMPDIR/stryker.log" || break
  echo "Stryker found no build environment (a loaded machine); attempt $((attempt + 1))" >&2
done

# A score: (killed + timed out) / (killed + timed out + survived + not covered) over the report's files whose path
# matches; each place's, then the run's over every file it mutated.
score() {
  jq -r --arg match "$1" --arg place "$2" '
    [.files | to_entries[] | select(.key | test($match)) | .value.mutants[].status] as $s
    | ($s | map(select(. == "Killed" or . == "Timeout")) | length) as $k
    | ($s | map(select(. == "Survived" or . == "NoCoverage")) | length) as $u
    | if $k + $u == 0 then "\($place): no mutant tested"
      else "\($place): \((1000 * $k / ($k + $u) | round) / 10) % (\($k) killed of \($k + $u); \($u) surviving)" end' "$report"
}
report="$output/reports/mutation-report.json"
for target in "${included[@]}"; do
  case "$target" in *.cs) score "/$(basename "$target")\$" "$target" ;; *) score "/$target/" "$target" ;; esac
done
score "" "every file mutated in this run"
