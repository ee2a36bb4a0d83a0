#!/usr/bin/python3
"""Execute GoNB notebooks headless and write executed .ipynb and .html reports.

Usage: nbexec.py [--out DIR] [--timeout SECONDS] [--budget SECONDS] NOTEBOOK...

For every notebook, in the order given:
  * runs its cells one by one with the `gonb` kernel (nbclient), the kernel's
    working directory being the notebook's folder, and stops at the first
    failing cell (panic, compile error, os.Exit != 0, ...);
  * strips execution metadata (timestamps) and puts each cell's outputs in a
    canonical order (text first, then displays), so that two runs can be
    diffed (see canonical_outputs);
  * writes DIR/NAME.ipynb and DIR/NAME.html, the HTML loading MathJax from
    DIR/mathjax (a link to Debian's libjs-mathjax), so formulas render offline;
  * keeps the kernel's verbose log in DIR/NAME.kernel.log;
  * sets SBCORR_NOTEBOOK=NAME (without .ipynb) in the kernel's environment,
    which cell programs inherit (plotting/nb names exported figures by it);
  * prints one line: name, wall time, status, and the notebook's time budget
    (metadata.sbcorr.budget_seconds, else --budget) when it was exceeded.
A failing notebook is reported with the cell number, the cell source and the
cell's output (the panic text GoNB writes to stderr). Exit status is 1 when
any notebook failed, 0 otherwise. Run it with Debian's /usr/bin/python3.
"""
import argparse
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

MATHJAX_DIR = "/usr/share/javascript/mathjax"
MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
GONB_TMP = re.compile(r"/tmp/gonb_[0-9a-f]+/")
GONB_LINE = re.compile(r" ?\x1b\[7m\[\[ Cell \[\d+\] Line \d+ \]\]\x1b\[0m ?")


def output_text(cell):
    """Return the text of a cell's stream, error and plain-text outputs."""
    parts = []
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "stream":
            parts.append(out.get("text", ""))
        elif kind == "error":
            parts.append("%s: %s\n%s" % (out.get("ename", ""), out.get("evalue", ""), "\n".join(out.get("traceback", []))))
        elif kind in ("display_data", "execute_result"):
            data = out.get("data", {})
            if "text/plain" in data:
                parts.append(data["text/plain"])
    return ANSI.sub("", "".join(parts)).strip()


def canonical_outputs(outputs):
    """Return a cell's outputs in an order that does not depend on timing.

    GoNB delivers a program's stdout, its stderr and its displays (charts,
    tables) through separate pipes, so how they interleave, and how a stream
    is split into chunks, varies from run to run. The canonical order is: all
    stdout text as one output, all stderr text as one output, then the
    displays in the order the program made them (one pipe keeps that order),
    then any error output. In panic traces, GoNB's per-run build directory is
    replaced by /tmp/gonb_ID/ and its cell-line marks (added only when a line
    arrives in one piece) are removed.
    """
    streams = {"stdout": [], "stderr": []}
    displays, errors = [], []
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            streams.setdefault(out.get("name", "stdout"), []).append(out.get("text", ""))
        elif kind == "error":
            errors.append(out)
        else:
            displays.append(out)
    merged = [nbformat.v4.new_output("stream", name=name, text=GONB_TMP.sub("/tmp/gonb_ID/", GONB_LINE.sub("", "".join(parts))))
              for name, parts in streams.items() if parts]
    return merged + displays + errors


def normalise(nb):
    """Remove what changes from run to run: per-cell execution timestamps and
    the timing-dependent order of outputs (see canonical_outputs)."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type == "code":
            cell.outputs = canonical_outputs(cell.outputs)


def execute(path, timeout, log):
    """Run the notebook's cells in order, the kernel's own log going to the
    file object log; return (nb, failure or None)."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="gonb", timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    failure = None
    with client.setup_kernel(stderr=log, stdout=log):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            try:
                client.execute_cell(cell, index)
            except (CellExecutionError, CellTimeoutError, DeadKernelError) as err:
                failure = (index, cell, err)
                break
    return nb, failure


def describe(name, failure):
    index, cell, err = failure
    code_number = None
    text = output_text(cell)
    if isinstance(err, CellTimeoutError):
        text = (text + "\n" if text else "") + "cell timed out: " + str(err).splitlines()[0]
    if not text:
        text = ANSI.sub("", str(err)).strip()
    lines = ["FAIL %s: cell %d failed" % (name, index + 1),
             "---- cell %d source ----" % (index + 1), cell.source.rstrip(),
             "---- cell %d output ----" % (index + 1), text, "----"]
    return "\n".join(l for l in lines if l is not None)


def link_mathjax(out):
    target = os.path.join(out, "mathjax")
    if not os.path.lexists(target) and os.path.isdir(MATHJAX_DIR):
        os.symlink(MATHJAX_DIR, target)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    ap.add_argument("--budget", type=float, default=60, help="default seconds per notebook (warm)")
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    link_mathjax(args.out)
    exporter = HTMLExporter(mathjax_url=MATHJAX_URL)
    failed = []
    total = time.monotonic()
    for path in args.notebooks:
        name = os.path.basename(path)
        stem = os.path.splitext(name)[0]
        start = time.monotonic()
        os.environ["SBCORR_NOTEBOOK"] = stem  # inherited by the kernel's cells: keys of check rows (plotting/nb)
        try:
            with open(os.path.join(args.out, stem + ".kernel.log"), "w") as log:
                nb, failure = execute(path, args.timeout, log)
        except Exception as err:  # kernel could not start, unreadable notebook
            nb, failure = None, None
            failed.append(name)
            print("%-36s %7s  FAIL  %s" % (name, "-", err), flush=True)
            continue
        secs = time.monotonic() - start
        normalise(nb)
        nbformat.write(nb, os.path.join(args.out, stem + ".ipynb"))
        body, _ = exporter.from_notebook_node(nb)
        with open(os.path.join(args.out, stem + ".html"), "w", encoding="utf-8") as f:
            f.write(body)
        budget = nb.metadata.get("sbcorr", {}).get("budget_seconds", args.budget)
        note = "  (over budget %gs)" % budget if secs > budget else ""
        status = "ok" if failure is None else "FAIL"
        print("%-36s %6.1fs  %s%s" % (name, secs, status, note), flush=True)
        if failure is not None:
            failed.append(name)
            print(describe(name, failure), flush=True)
    print("%d notebooks, %d failed, %.1fs; reports in %s/" % (len(args.notebooks), len(failed), time.monotonic() - total, args.out))
    if failed:
        print("failed notebooks: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
