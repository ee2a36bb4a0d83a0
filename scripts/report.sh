#!/usr/bin/env bash
# Usage: scripts/report.sh OUT [BASE]
# Writes OUT/report.{json,md,html} from the executed notebooks in OUT (make
# report runs them first unless REUSE=1). BASE, when given, is an earlier
# report.json or a git commit that has `make report`: for a commit the
# report is built in a temporary worktree at that commit (its notebooks are
# run there), then the rows that changed are printed.
set -euo pipefail
out=$1
base=${2:-}
cd "$(dirname "$0")/.."
base_json=""
if [[ -n "$base" ]]; then
	if [[ -f "$base" ]]; then
		base_json=$(realpath "$base")
	else
		commit=$(git rev-parse --verify "$base^{commit}") || { echo "report: BASE=$base is neither a file nor a commit" >&2; exit 2; }
		tree=$(mktemp -d /tmp/sbcorr-report-base.XXXXXX)
		trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
		git worktree add --detach --quiet "$tree" "$commit"
		echo "report: building the base report at ${commit:0:12} in $tree" >&2
		make -C "$tree" report OUT="$tree/out" >&2
		base_json="$tree/out/report.json"
	fi
fi
go run ./cmd/report -dir "$out" ${base_json:+-base "$base_json"}
