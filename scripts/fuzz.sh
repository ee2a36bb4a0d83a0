#!/usr/bin/env bash
# fuzz.sh [FUZZTIME] — run every Go fuzz target of the module for FUZZTIME
# (default 60s) each. `go test` alone (and so `make test`) runs only the seed
# corpora; this explores beyond them.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-60s}
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target ($fuzztime)"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$pkg"
  done
done
