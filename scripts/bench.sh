#!/usr/bin/env bash
# bench.sh — run the Go benchmarks listed in bench/cases.txt and their peers
# (pandas, statsmodels, scipy with Debian's /usr/bin/python3) on the same
# inputs, and print one line per case: Go time, peer time, peer/Go ratio.
# BENCHTIME (go test -benchtime, default 1s) and CASES (a grep pattern on case names)
# narrow the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DATA=$(mktemp -d)
trap 'rm -rf "$BENCH_DATA"' EXIT
go run ./internal/benchdata/dump "$BENCH_DATA"
benchtime=${BENCHTIME:-1s}
pattern=${CASES:-.}

printf '%-28s %14s %14s %9s\n' case go peer peer/go
grep -v '^\s*#' bench/cases.txt | grep -v '^\s*$' | while IFS='|' read -r name pkg bench peer; do
  name=$(echo $name); pkg=$(echo $pkg); bench=$(echo $bench); peer=$(echo $peer)
  echo "$name" | grep -q -- "$pattern" || continue
  # Anchor every level of a sub-benchmark name: BenchmarkX/n=1 -> ^BenchmarkX$/^n=1$
  regex=$(echo "$bench" | awk -F/ '{for (i = 1; i <= NF; i++) printf "%s^%s$", (i > 1 ? "/" : ""), $i}')
  gons=$(go test -run '^$' -bench "$regex" -benchtime "$benchtime" "$pkg" | awk '/ns\/op/ {for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") print $i; exit}')
  if [ "$peer" = "-" ]; then  # a speed goal without a peer: Go time only
    awk -v n="$name" -v g="$gons" 'BEGIN { printf "%-28s %11.3f ms %14s %9s\n", n, g / 1e6, "-", "-" }'
    continue
  fi
  peerns=$(cd bench/peers && PYTHONPATH=. $peer | tail -n 1)
  if [ -z "$gons" ] || [ -z "$peerns" ]; then
    printf '%-28s %14s %14s %9s\n' "$name" "${gons:-?}" "${peerns:-?}" "error"
    continue
  fi
  awk -v n="$name" -v g="$gons" -v p="$peerns" 'BEGIN {
    printf "%-28s %11.3f ms %11.3f ms %8.2fx\n", n, g / 1e6, p / 1e6, p / g }'
done
