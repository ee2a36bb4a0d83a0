#!/usr/bin/env bash
# htmlcheck.sh OUT — open every HTML report in OUT/ in headless Chromium (no
# network), check that every formula was typeset by the local MathJax (no
# untypeset formula, no "Math Processing Error") and count the charts (inline
# SVG and PNG images); write a screenshot of each page's top to
# OUT/screenshots/NAME.png; then measure the text of every chart at 1280 px
# page width (scripts/chartsizes.py; a report, not a failure: its "tick"
# size is the most frequent text size, which in a heatmap with many cells
# is the size the cell values shrank to). Exits 1 if a report fails.
set -uo pipefail
out=${1:-out}
mkdir -p "$out/screenshots"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --virtual-time-budget=10000)
status=0
shopt -s nullglob
for html in "$out"/*.html; do
  name=$(basename "$html" .html)
  url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
  profile=$(mktemp -d)
  dom=$(timeout 120 chromium "${flags[@]}" --user-data-dir="$profile" --dump-dom "$url" 2>/dev/null)
  timeout 120 chromium "${flags[@]}" --user-data-dir="$profile" --window-size=1200,1600 \
    --screenshot="$out/screenshots/$name.png" "$url" >/dev/null 2>&1
  rm -rf "$profile"
  formulas=$(grep -o 'class="MathJax_Preview"' <<<"$dom" | wc -l)
  typeset=$(grep -o 'class="mjx-chtml' <<<"$dom" | wc -l)
  errors=$(grep -c 'Math Processing Error' <<<"$dom")
  charts=$(( $(grep -o '<svg' <<<"$dom" | wc -l) + $(grep -o 'src="data:image/png' <<<"$dom" | wc -l) ))
  verdict=ok
  if [ -z "$dom" ] || [ "$typeset" -lt "$formulas" ] || [ "$errors" -gt 0 ]; then
    verdict=FAIL
    status=1
  fi
  printf '%-36s formulas %3d typeset %3d  charts %3d  %s\n' "$name" "$formulas" "$typeset" "$charts" "$verdict"
  if [ "$name" = report ]; then
    # The reproduction report: every row of report.json must be a rendered
    # row of a "rows" table in the DOM Chromium built (not in the file).
    want=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["rows"]))' "$out/report.json" 2>/dev/null || echo -1)
    tables=$(grep -o '<table class="rows">' <<<"$dom" | wc -l)
    got=$(/usr/bin/python3 -c 'import re,sys; d=sys.stdin.read(); print(sum(t.count("<tr>") - 1 for t in re.findall(r"<table class=\"rows\">(.*?)</table>", d, re.S)))' <<<"$dom")
    rverdict=ok
    if [ "$want" -le 0 ] || [ "$got" -ne "$want" ] || [ "$tables" -eq 0 ]; then rverdict=FAIL; status=1; fi
    printf '%-36s row tables %3d  rendered rows %4d of %4d in report.json  %s\n' report "$tables" "$got" "$want" "$rverdict"
  fi
done
reports=("$out"/*.html)
if [ ${#reports[@]} -gt 0 ]; then
  /usr/bin/python3 "$(dirname "$0")/chartsizes.py" "${reports[@]}"
fi
exit $status
