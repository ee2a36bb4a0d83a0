#!/usr/bin/env bash
# fuzz.sh [FUZZTIME] — run every Go fuzz target of the module for FUZZTIME
# (default 60s) each. `go test` alone (and so `make test`) runs only the seed
# corpora; this explores beyond them. Each new interesting input is minimized
# for at most FUZZMINIMIZE (default 5s; Go's default of 60s would spend most
# of a one-minute run minimizing instead of exploring).
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-60s}
minimize=${FUZZMINIMIZE:-5s}
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target ($fuzztime)"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg"
  done
done
