#!/usr/bin/env bash
# A mutation score from a random sample of the mutants of some places, when testing every one of them does not fit
# in a working session (the engine and ingest projects hold 11,000+ testable mutants; one takes several seconds).
#   SAMPLE=400 tests/mutation-sample.sh Spec Query '!StatementGuard.cs'       # places as for tests/mutation.sh
#   PROJECT=HfReports.Ingest SAMPLE=150 tests/mutation-sample.sh Import Hub
# 1. Lists the places' mutants: Stryker's live HTML report (--open-report) holds every mutant, with its status
#    (compile error, ignored, not covered, pending), before the first test: the run is stopped there, so its tests
#    (one small class) only have to start.
# 2. Draws SAMPLE of those that compile (SEED fixes the draw; the draw is kept beside the report), and hands Stryker
#    the text span of each (a span also holds any mutant nested in it: only the drawn ones are scored).
# 3. Tests them with TESTS (by default every test but those of whole processes, whole papers or a PostgreSQL cluster,
#    which would run again for every mutant they cover) and prints the drawn mutants' score with its 95 % (Wilson)
#    interval, how many mutants the sample stands for, and the list of those that lived (survivors.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: SAMPLE=N tests/mutation-sample.sh FOLDER-OR-FILE... ['!PLACE'...]" >&2; exit 2; }
project="${PROJECT:-HfReports.Engine}"
sample="${SAMPLE:-300}"
seed="${SEED:-1}"
slow="ToolPackageTests PublishWorkflowTests SizeCeilingTests ProcessGuardTests KillDuringWriteTests BrowserTests EndToEnd
  SamePaperOnEveryEngineTests PostgresBackendTests HostileStatementsTests HostileCorpusTests WordOverlapTests
  ParallelAndCachedBuildTests HubResumeTests InterruptedImportTests ReproducibilityTests"
default_tests="$(for class in $slow; do printf '&FullyQualifiedName!~%s' "$class"; done)"
tests="${TESTS:-${default_tests#&}}"
# The listing holds the mutants of the sources as they are: it is named by the places and by the project's code.
sources=$(find "engine/$project" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | sort -z | xargs -0 sha1sum | sha1sum | cut -c1-8)
places="$project-$(echo "$*" | sha1sum | cut -c1-10)-$sources"
name="$places-sample-$(echo "$sample $seed $tests" | sha1sum | cut -c1-10)"
folder="tests/mutation-reports/$name"
mkdir -p "$folder"

# 1. Every mutant of the places, none tested (made once for a list of places, and kept).
listing_name="$places-listing"
listing="tests/mutation-reports/$listing_name/mutants.json"
mkdir -p "tests/mutation-reports/$listing_name"
exec 9>"tests/mutation-reports/$listing_name/lock"
flock 9 # two samples of the same places (other seeds) make their listing once, one after the other
if [ ! -f "$listing" ]; then
  html="tests/mutation-reports/$listing_name/reports/mutation-report.html"
  rm -f "$html"
  # In a process group of its own, so that stopping it stops this listing's Stryker and no other.
  REPORT_NAME="$listing_name" STRYKER_ARGS="--open-report:html" TESTS="FullyQualifiedName~Tests.Rendering.LineBreakerTests" \
    setsid tests/mutation.sh "$@" >"$folder/listing.log" 2>&1 &
  run=$!
  until sed -n 's/^ *app\.report = \(.*\);[[:space:]]*$/\1/p' "$html" 2>/dev/null | jq -e .files >/dev/null 2>&1; do
    kill -0 $run 2>/dev/null || { tail -20 "$folder/listing.log" >&2; exit 1; }
    sleep 5
  done
  pkill -g "$run" -f "Stryker.CLI.dll" || true
  wait $run || true
  sed -n 's/^ *app\.report = \(.*\);[[:space:]]*$/\1/p' "$html" >"$listing"
fi
exec 9>&-
# 2. The draw: each compiled mutant with its character span (the report gives 1-based lines and columns in UTF-16
#    code units, as C# strings count them, the end column one past the mutant), ordered by awk's seeded generator.
jq -c --arg project "engine/$project/" '
  .files | to_entries[] | .key as $path
  | ([0] + [foreach (.value.source | split("\n") | map((explode | map(if . > 65535 then 2 else 1 end) | add // 0) + 1))[] as $n
      (0; . + $n)]) as $starts
  | .value.mutants[] | select(.status != "CompileError" and .status != "Ignored")
  | {file: ($path | split($project) | last), mutator: .mutatorName, replacement, location,
     start: ($starts[.location.start.line - 1] + .location.start.column - 1),
     end: ($starts[.location.end.line - 1] + .location.end.column - 1)}' "$listing" >"$folder/mutants.jsonl"
total=$(wc -l <"$folder/mutants.jsonl")
awk -v seed="$seed" 'BEGIN { srand(seed) } { printf "%.12f\t%s\n", rand(), $0 }' "$folder/mutants.jsonl" |
  sort -k1,1 -g | awk -v n="$sample" 'NR <= n' | cut -f2- >"$folder/drawn.jsonl"
# Without a span Stryker would mutate every place asked for.
[ -s "$folder/drawn.jsonl" ] || { echo "no mutant to draw (SAMPLE=$sample, $total mutants that compile)" >&2; exit 1; }
# One pattern per file, a span per drawn mutant, one character wider on each side (a span must hold the mutant whole).
jq -rs 'group_by(.file)[] | "**/\(.[0].file)" + (map("{\([.start - 1, 0] | max)..\(.end + 1)}") | join(""))' \
  "$folder/drawn.jsonl" >"$folder/spans.txt"

# 3. Test the drawn mutants, and score them (Stryker reports everything inside the spans; the drawn are found by file,
#    location, mutator and replacement).
REPORT_NAME="$name/drawn" MUTATE_FILE="$PWD/$folder/spans.txt" TESTS="$tests" tests/mutation.sh "$@" >"$folder/drawn.log" 2>&1 ||
  { tail -20 "$folder/drawn.log" >&2; exit 1; }
# Each drawn mutant with the status Stryker gave it (null: not in the report).
jq -cn --arg project "engine/$project/" --slurpfile drawn "$folder/drawn.jsonl" \
  --slurpfile report "$folder/drawn/reports/mutation-report.json" '
  ([$report[0].files | to_entries[] | .key as $path | .value.mutants[]
    | {key: "\($path | split($project) | last) \(.location | tojson) \(.mutatorName) \(.replacement)", value: .status}]
   | from_entries) as $status
  | $drawn[] | . + {status: $status["\(.file) \(.location | tojson) \(.mutator) \(.replacement)"]}' >"$folder/drawn-status.jsonl"
jq -rs --argjson total "$total" '
  map(.status) as $s
  | ($s | map(select(. == "Killed" or . == "Timeout")) | length) as $k
  | ($s | map(select(. == "Survived" or . == "NoCoverage")) | length) as $n0
  | ($k + $n0) as $n
  | ($s | map(select(. == null)) | length) as $missing
  | ($s | length - $n - $missing) as $other
  | ($s | map(select(. != null and . != "Killed" and . != "Timeout" and . != "Survived" and . != "NoCoverage"))
     | group_by(.) | map("\(length) \(.[0])") | join(", ")) as $untested
  | if $n == 0 then "no drawn mutant was tested" else
      ($k / $n) as $p | 1.96 as $z
      | (($p + $z * $z / (2 * $n)) / (1 + $z * $z / $n)) as $centre
      | ($z / (1 + $z * $z / $n) * ((($p * (1 - $p) / $n) + ($z * $z / (4 * $n * $n))) | sqrt)) as $half
      | def pct: (1000 * . | round) as $t | "\($t / 10 | floor).\($t % 10)";
      "\($k) killed of \($n) drawn mutants tested: \($p | pct) % (95 % interval \($centre - $half | pct)-\($centre + $half | pct) %), a sample of the \($total) mutants that compile"
      + (if $other > 0 then "; \($other) drawn mutants not tested this time (\($untested))" else "" end)
      + (if $missing > 0 then "; \($missing) drawn mutants not found in the report" else "" end)
    end' "$folder/drawn-status.jsonl" | tee "$folder/score.txt"
# The drawn mutants that lived, one per line (file:line, status, mutator, replacement): each is a missing test, or is
# said equivalent or accepted in tests/mutation-survivors.md.
jq -r 'select(.status == "Survived" or .status == "NoCoverage")
  | "\(.file):\(.location.start.line) \(.status) \(.mutator): \(.replacement | gsub("\n"; " ") | .[0:110])"' \
  "$folder/drawn-status.jsonl" | sort -V >"$folder/survivors.txt"
echo "$(wc -l <"$folder/survivors.txt") drawn mutants lived: $folder/survivors.txt"
