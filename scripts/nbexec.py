#!/usr/bin/python3
"""Execute GoNB notebooks headless and write executed .ipynb and .html reports.

Usage: nbexec.py [--out DIR] [--timeout SECONDS] [--budget SECONDS] [--kernel NAME] [--cell-times] NOTEBOOK...

For every notebook, in the order given:
  * runs its cells one by one with the kernel its metadata names (nbclient;
    --kernel overrides it; the "sbcorr" kernel is a private copy running the
    repository this script belongs to), the kernel's working directory being the
    notebook's folder, and stops at the first failing cell (panic, compile
    error, os.Exit != 0, a `!` shell command GoNB reports as "exit status N",
    a cell running longer than the per-cell timeout: --timeout, default
    max(the notebook's budget, 180 s));
  * then kills whatever the kernel's cells left running (a timed-out program
    ignoring signals, a process it started in its own session: SIGKILL to
    the kernel's process tree and groups, orphans included) and removes the
    kernel's private TMPDIR (GoNB's build folder and named pipes);
  * strips execution metadata (timestamps) and puts each cell's outputs in a
    canonical order (text first, then displays), so that two runs can be
    diffed (see canonical_outputs);
  * writes DIR/NAME.ipynb and DIR/NAME.html, the HTML loading MathJax from
    DIR/mathjax (a link to Debian's libjs-mathjax), so formulas render offline;
  * keeps the kernel's verbose log in DIR/NAME.kernel.log;
  * sets SBCORR_HEADLESS=1 in the kernel's environment, which cell programs
    inherit: plotting/nb's Explore then draws its default chart without
    touching widgets, which would wait for a browser;
  * sets SBCORR_NOTEBOOK=NAME (without .ipynb) in the kernel's environment,
    which cell programs inherit (plotting/nb names exported figures by it),
    and SBCORR_DATALOG=DIR/NAME.data.jsonl, where package datasets logs every
    data file the cells read (the reproduction report lists them);
  * heads the HTML report with the module's commit and the fingerprint of the
    data files the notebook read (sha256 of their sorted names and hashes),
    also stored in the executed notebook's metadata.sbcorr.provenance;
  * prints one line: name, wall time, status, and the notebook's time budget
    (metadata.sbcorr.budget_seconds, else --budget) when it was exceeded
    (--cell-times adds each code cell's wall time).
A failing notebook is reported with the cell number, the cell source and the
cell's output (the panic text GoNB writes to stderr). Exit status is 1 when
any notebook failed, 0 otherwise. Run it with Debian's /usr/bin/python3.
"""
import argparse
import ctypes
import hashlib
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

sys.dont_write_bytecode = True  # no __pycache__ in the repository
import sbcorr_kernel  # noqa: E402 (the kernel script beside this one)

MATHJAX_DIR = "/usr/share/javascript/mathjax"
MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
GONB_TMP = re.compile(r"(?:/[^\s/]+)*/gonb_[0-9a-f]+/")
GONB_LINE = re.compile(r" ?\x1b\[7m\[\[ Cell \[\d+\] Line \d+ \]\]\x1b\[0m ?")
PR_SET_CHILD_SUBREAPER = 36
MIN_CELL_TIMEOUT = 180  # seconds: a cold first cell (empty Go build cache) took 52 s
DEFAULT_KERNEL = sbcorr_kernel.NAME
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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


def execute(path, kernel, timeout, log, cell_times=None, failures=None):
    """Run the notebook's cells in order with the kernel named kernel, the
    kernel's own log going to the file object log; return (nb, failure or
    None, number of leftover processes killed). With a list as failures, a
    failing cell does not stop the run (unless it timed out or the kernel
    died): every failure (index, cell, error) is appended to it
    (scripts/exercises.py runs the exercises' stubs so).

    The kernel runs with a private TMPDIR (GoNB's build folder and its named
    pipes live there) that is removed afterwards, and whatever the cells left
    running is killed (see kill_leftovers), so that a timed-out cell ignoring
    signals, or a process it started in another session, does not outlive
    the runner."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    failure = None
    tmp = tempfile.mkdtemp(prefix="nbexec-")
    tree = {}
    try:
        env = dict(os.environ, TMPDIR=tmp, SBCORR_HEADLESS="1")  # no browser: see plotting/nb Explore
        env.pop("SBCORR_REPO", None)  # run this checkout (see private_kernel)
        with client.setup_kernel(stderr=log, stdout=log, env=env):
            root = client.km.provisioner.process.pid
            try:
                for index, cell in enumerate(nb.cells):
                    if cell.cell_type != "code":
                        continue
                    started = time.monotonic()
                    try:
                        client.execute_cell(cell, index)
                        shell_status(cell)
                    except (CellExecutionError, CellTimeoutError, DeadKernelError, ShellCommandError) as err:
                        failure = failure or (index, cell, err)
                        if failures is not None:
                            failures.append((index, cell, err))
                        if failures is None or isinstance(err, (CellTimeoutError, DeadKernelError)):
                            break
                    finally:
                        if cell_times is not None:
                            cell_times.append((index + 1, time.monotonic() - started))
            finally:
                # Before the kernel shuts down and its orphans lose their parent.
                table = proc_table()
                tree = {pid: table[pid] for pid in [root] + descendants(root, table)}
    finally:
        killed = kill_leftovers(tree)
        shutil.rmtree(tmp, ignore_errors=True)
    return nb, failure, killed


class ShellCommandError(Exception):
    """A cell's `!` shell command failed although the kernel said ok."""


SHELL_EXIT = re.compile(r"(?m)^exit status ([1-9][0-9]*)$")


def shell_status(cell):
    """Raise ShellCommandError when a cell with a `!` shell command printed
    GoNB's "exit status N" line: GoNB reports a failing shell command only
    that way and marks the cell ok, so the next cell used to be blamed (e.g.
    the old set-up cell's `go mod edit` outside the repository)."""
    if not any(line.startswith("!") for line in cell.source.splitlines()):
        return
    stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                     if o.get("output_type") == "stream" and o.get("name") == "stderr")
    m = SHELL_EXIT.search(ANSI.sub("", stderr))
    if m:
        raise ShellCommandError("shell command failed with exit status " + m.group(1))


def proc_table():
    """Return {pid: (ppid, process group, start time, state)} from /proc
    (empty where there is no /proc: nothing is then killed)."""
    table = {}
    for name in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        table[int(name)] = (int(fields[1]), int(fields[2]), fields[19], fields[0])
    return table


def descendants(root, table):
    """Return the pids of every descendant of root in table."""
    children = {}
    for pid, row in table.items():
        children.setdefault(row[0], []).append(pid)
    out, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def become_subreaper():
    """Make this process the parent of its orphaned descendants (Linux
    PR_SET_CHILD_SUBREAPER), so that a process a cell started and left behind
    stays findable after the kernel exits. Returns False where unsupported."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def kill_leftovers(tree, wait=5.0):
    """Kill with SIGKILL what a notebook's kernel left running, reap it and
    return how many processes that was. Targets: the processes of tree (the
    kernel and its descendants seen just before shutdown, each recognised by
    its start time so that a recycled pid is spared), the members of their
    process groups, and every descendant of this runner (orphans come back
    here, see become_subreaper). SIGKILL cannot be ignored; wait bounds the
    time spent reaping."""
    killed = set()
    deadline = time.monotonic() + wait
    while True:
        table = proc_table()
        groups = {row[1] for row in tree.values()} - {os.getpgrp()}
        targets = {pid for pid, row in tree.items() if pid in table and table[pid][2] == row[2]}
        targets |= {pid for pid, row in table.items() if row[1] in groups}
        targets |= set(descendants(os.getpid(), table))
        targets = {pid for pid in targets if pid in table and table[pid][3] != "Z"} - {os.getpid()}
        for pid in targets:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except OSError:
                pass
        reap()
        if not targets or time.monotonic() > deadline:
            return len(killed)
        time.sleep(0.05)


def reap():
    """Collect the exit status of every finished child of this runner."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def describe(name, failure):
    index, cell, err = failure
    code_number = None
    text = output_text(cell)
    if isinstance(err, CellTimeoutError):
        text = (text + "\n" if text else "") + "cell timed out: " + str(err).splitlines()[0] + \
            " (per-cell timeout: --timeout, or NBTIMEOUT=seconds with make)"
    if not text:
        text = ANSI.sub("", str(err)).strip()
    lines = ["FAIL %s: cell %d failed" % (name, index + 1),
             "---- cell %d source ----" % (index + 1), cell.source.rstrip(),
             "---- cell %d output ----" % (index + 1), text, "----"]
    return "\n".join(l for l in lines if l is not None)


def private_kernel(tmp):
    """Register, for this process and the kernels it starts, an sbcorr
    kernel running the repository this runner belongs to (JUPYTER_PATH comes
    first in Jupyter's search), so that a headless run tests this checkout
    whatever the user's own kernel points at (setup.sh rewrites that one for
    the last repository set up)."""
    gonb = shutil.which("gonb")
    if gonb:
        sbcorr_kernel.install(os.path.join(tmp, "kernels"), REPO, gonb)
        os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in (tmp, os.environ.get("JUPYTER_PATH")) if p)


def link_mathjax(out):
    target = os.path.join(out, "mathjax")
    if not os.path.lexists(target) and os.path.isdir(MATHJAX_DIR):
        os.symlink(MATHJAX_DIR, target)


def commit():
    """Return the repository's HEAD commit, with "+dirty" when tracked files changed."""
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def provenance(datalog):
    """Return the commit and the data fingerprint of a notebook's run.

    The fingerprint is the sha256 (first 16 hex digits) of the sorted, distinct
    "path sha256" lines of the notebook's data log, with paths relative to the
    data folder (from the first known folder name on), so it names the data
    version and not where it lies on disk.
    """
    files = set()
    if os.path.exists(datalog):
        with open(datalog, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                files.add("%s %s" % (data_relative(rec["file"]), rec["sha256"]))
    digest = hashlib.sha256("\n".join(sorted(files)).encode()).hexdigest()[:16] if files else "none"
    return {"commit": commit(), "data_fingerprint": digest, "data_files": len(files)}


def data_relative(path):
    """Return path from the data folder on: "fred_daily/DGS10.csv"."""
    parts = path.replace(os.sep, "/").split("/")
    return "/".join(parts[-2:])


def html_header(body, stem, prov):
    """Insert a one-line provenance header after the HTML report's <body> tag."""
    line = ('<div style="font:12px sans-serif;color:#57606a;border-bottom:1px solid #d0d7de;padding:4px 8px">'
            "sbcorr %s &middot; commit <code>%s</code> &middot; data fingerprint <code>%s</code> (%d files)</div>"
            % (html.escape(stem), html.escape(prov["commit"]), prov["data_fingerprint"], prov["data_files"]))
    i = body.find("<body")
    j = body.find(">", i) + 1 if i >= 0 else 0
    return body[:j] + line + body[j:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="out")
    ap.add_argument("--timeout", type=int, default=None,
                    help="seconds per cell (default: max(the notebook's budget, %d))" % MIN_CELL_TIMEOUT)
    ap.add_argument("--budget", type=float, default=60, help="default seconds per notebook (warm)")
    ap.add_argument("--kernel", default=None,
                    help="kernel name (default: the notebook's metadata.kernelspec.name, else %s)" % DEFAULT_KERNEL)
    ap.add_argument("--cell-times", action="store_true", help="print every code cell's wall time")
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()
    become_subreaper()
    kernels = tempfile.mkdtemp(prefix="nbexec-kernels-")
    try:
        private_kernel(kernels)
        return run(args)
    finally:
        shutil.rmtree(kernels, ignore_errors=True)


def run(args):
    """Execute args.notebooks (see the module doc); return the exit status."""
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
        datalog = os.path.abspath(os.path.join(args.out, stem + ".data.jsonl"))
        if os.path.exists(datalog):
            os.remove(datalog)
        os.environ["SBCORR_DATALOG"] = datalog  # datasets appends every file it reads
        try:
            meta = nbformat.read(path, as_version=4).metadata
            budget = meta.get("sbcorr", {}).get("budget_seconds", args.budget)
            kernel = args.kernel or meta.get("kernelspec", {}).get("name") or DEFAULT_KERNEL
            timeout = args.timeout or max(budget, MIN_CELL_TIMEOUT)
            times = [] if args.cell_times else None
            with open(os.path.join(args.out, stem + ".kernel.log"), "w") as log:
                nb, failure, killed = execute(path, kernel, timeout, log, times)
        except Exception as err:  # kernel could not start, unreadable notebook
            failed.append(name)
            print("%-36s %7s  FAIL  %s" % (name, "-", err), flush=True)
            continue
        secs = time.monotonic() - start
        normalise(nb)
        prov = provenance(datalog)
        nb.metadata.setdefault("sbcorr", {})["provenance"] = prov
        nbformat.write(nb, os.path.join(args.out, stem + ".ipynb"))
        body, _ = exporter.from_notebook_node(nb)
        with open(os.path.join(args.out, stem + ".html"), "w", encoding="utf-8") as f:
            f.write(html_header(body, stem, prov))
        note = "  (over budget %gs)" % budget if secs > budget else ""
        if killed:
            note += "  (killed %d process%s left running)" % (killed, "es" if killed > 1 else "")
        status = "ok" if failure is None else "FAIL"
        print("%-36s %6.1fs  %s%s" % (name, secs, status, note), flush=True)
        if times:
            print("    cell times: " + ", ".join("%d: %.1fs" % t for t in times), flush=True)
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
