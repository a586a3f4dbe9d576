#!/usr/bin/env bash
# Times two commands in one alternating run (A B A B ...), each whole process under GNU time, so drift on a
# shared machine falls on both alike. Prints one line per command (median wall, median CPU = user + system,
# median peak RSS) and the ratio of the median walls (A / B).
#
#   bench/alternate.sh RUNS NAME_A "COMMAND A" NAME_B "COMMAND B" [PREPARE]
#
# PREPARE (optional) runs before every run of either command (e.g. removing an output folder). With
# ALTERNATE_OUT=file the numbers are also written there on one line:
#   wall_a cpu_a peak_mb_a wall_b cpu_b peak_mb_b wall_ratio cpu_ratio hyperfine runs every run of one command before
# the next command's, which is why this loop exists.
set -euo pipefail

runs="$1" name_a="$2" cmd_a="$3" name_b="$4" cmd_b="$5" prepare="${6:-true}"
log="$(mktemp -d)"
trap 'rm -rf "$log"' EXIT

for i in $(seq "$runs"); do
    for side in a b; do
        cmd="cmd_$side"
        bash -c "$prepare" >/dev/null 2>&1
        /usr/bin/time -f '%e %U %S %M' -o "$log/$side.$i" bash -c "${!cmd}" >/dev/null 2>"$log/$side.$i.err" \
            || { echo "failed: ${!cmd}" >&2; cat "$log/$side.$i.err" >&2; exit 1; }
    done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
stats() { # side -> "wall cpu rss_mb"
    local wall cpu rss
    wall=$(for i in $(seq "$runs"); do tail -n 1 "$log/$1.$i" | awk '{print $1}'; done | median)
    cpu=$(for i in $(seq "$runs"); do tail -n 1 "$log/$1.$i" | awk '{print $2 + $3}'; done | median)
    rss=$(for i in $(seq "$runs"); do tail -n 1 "$log/$1.$i" | awk '{print $4 / 1024}'; done | median)
    echo "$wall $cpu $rss"
}
read -r wall_a cpu_a rss_a <<< "$(stats a)"
read -r wall_b cpu_b rss_b <<< "$(stats b)"
ratio=$(awk -v a="$wall_a" -v b="$wall_b" 'BEGIN {printf "%.3f", a / b}')
cpu_ratio=$(awk -v a="$cpu_a" -v b="$cpu_b" 'BEGIN {printf "%.3f", (b > 0 ? a / b : 0)}')
printf '%-12s wall %7.3f s  cpu %7.3f s  peak %6.0f MB\n' "$name_a" "$wall_a" "$cpu_a" "$rss_a"
printf '%-12s wall %7.3f s  cpu %7.3f s  peak %6.0f MB\n' "$name_b" "$wall_b" "$cpu_b" "$rss_b"
printf 'ratio %s / %s: wall %s, cpu %s (medians of %s alternating runs)\n' "$name_a" "$name_b" "$ratio" "$cpu_ratio" "$runs"
if [[ -n "${ALTERNATE_OUT:-}" ]]; then
    printf '%s %s %.0f %s %s %.0f %s %s\n' "$wall_a" "$cpu_a" "$rss_a" "$wall_b" "$cpu_b" "$rss_b" "$ratio" "$cpu_ratio" > "$ALTERNATE_OUT"
fi
