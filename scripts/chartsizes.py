#!/usr/bin/python3
"""Measure how large chart text renders in HTML reports, in headless Chromium.

Usage: chartsizes.py [--width PX] [--min PX] [--each] REPORT.html...

For every report, a copy with a small measuring script is opened in headless
Chromium (no network) with a window WIDTH CSS pixels wide (default 1280, the
issue's reference), and for every chart:
  * inline SVG (plotting's charts): the rendered size in CSS px of each text
    element (its font size times the scale of the SVG on the page); the chart's
    tick size is the most frequent text size (tick labels are the most
    numerous text of a chart), its smallest text the minimum;
  * PNG images: the displayed width over the natural width, and the tick
    size of a chart drawn at the default 8 pt ticks and 144 dpi (16 image px)
    at that scale.
It prints one line per report (charts, tick px of the smallest and the median
chart, smallest text px, display width of the widest chart) and, with --each,
one line per chart. Exit status 1 when a chart's tick size is under --min
(default 12 px), 2 when Chromium could not measure a report.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

MEASURE = r"""
<script>
window.addEventListener('load', function () { setTimeout(function () {
  var out = [];
  document.querySelectorAll('svg').forEach(function (svg) {
    var texts = svg.querySelectorAll('text');
    if (!svg.getAttribute('viewBox') || texts.length === 0) { return; }
    var sizes = [];
    texts.forEach(function (t) {
      var m = t.getScreenCTM();
      var fs = parseFloat(getComputedStyle(t).fontSize);
      if (!m || !(fs > 0)) { return; }
      sizes.push(Math.round(fs * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) * 100) / 100);
    });
    out.push({kind: 'svg', width: Math.round(svg.getBoundingClientRect().width), sizes: sizes});
  });
  document.querySelectorAll('img').forEach(function (img) {
    if (img.src.indexOf('data:image/png') !== 0 || !img.naturalWidth) { return; }
    var s = img.getBoundingClientRect().width / img.naturalWidth;
    out.push({kind: 'png', width: Math.round(img.getBoundingClientRect().width), sizes: [Math.round(16 * s * 100) / 100]});
  });
  var pre = document.createElement('pre');
  pre.id = 'sbcorr-measure';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 0); });
</script>
"""

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=10000"]


def measure(path, width):
    """Return the list of charts of report path measured at width CSS px."""
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = html.replace("</body>", MEASURE + "</body>", 1)
    # The copy sits next to the report so that relative links (MathJax) resolve.
    fd, copy = tempfile.mkstemp(suffix=".html", prefix=".measure-", dir=os.path.dirname(os.path.abspath(path)))
    profile = tempfile.mkdtemp()
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(html)
        dom = subprocess.run(["chromium", *FLAGS, "--user-data-dir=" + profile, "--window-size=%d,1000" % width,
                              "--dump-dom", "file://" + copy], capture_output=True, text=True, timeout=180).stdout
    finally:
        os.remove(copy)
        shutil.rmtree(profile, ignore_errors=True)
    m = re.search(r'<pre id="sbcorr-measure">(.*?)</pre>', dom, re.S)
    if not m:
        return None
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def tick(chart):
    """The most frequent text size of a chart (ties: the smaller)."""
    sizes = chart["sizes"]
    return min(set(sizes), key=lambda s: (-sizes.count(s), s))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--min", type=float, default=12)
    ap.add_argument("--each", action="store_true")
    ap.add_argument("reports", nargs="+")
    args = ap.parse_args()
    status = 0
    for path in args.reports:
        name = os.path.splitext(os.path.basename(path))[0]
        charts = measure(path, args.width)
        if charts is None:
            print("%-36s could not measure" % name)
            status = max(status, 2)
            continue
        charts = [c for c in charts if c["sizes"]]
        if not charts:
            print("%-36s no charts" % name)
            continue
        ticks = [tick(c) for c in charts]
        small = sum(t < args.min for t in ticks)
        print("%-36s charts %3d (png %2d)  tick px min %5.1f median %5.1f  smallest text %5.1f  widest %4d px  %s" % (
            name, len(charts), sum(c["kind"] == "png" for c in charts), min(ticks), statistics.median(ticks),
            min(min(c["sizes"]) for c in charts), max(c["width"] for c in charts),
            "ok" if small == 0 else "%d under %g px" % (small, args.min)))
        if args.each:
            for i, c in enumerate(charts):
                print("    chart %2d %s width %4d px tick %5.1f px smallest %5.1f px" % (i + 1, c["kind"], c["width"], tick(c), min(c["sizes"])))
        if small:
            status = max(status, 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
