#!/usr/bin/python3
"""Run the training exercises with their stubs and with their solutions.

Usage:
  exercises.py check [--out DIR] [--timeout SECONDS] [--budget SECONDS] [--jobs N] [EXERCISE...]
  exercises.py solve EXERCISE [OUT]

Exercises are notebooks/exercises/NN_topic.ipynb; their solutions are
notebooks/exercises/solutions/NN_topic.ipynb. A cell the student completes
(a stub: a function returning a zero value) has the tag "stub-NAME"; the
solution notebook's cell with the same tag replaces it. A check cell has the
tag "check": it ends with plotting/nb.Exercise, which shows "correct" or
fails the cell with what is wrong (package exercise).

check (default: every exercise) runs each exercise twice with scripts/nbexec.py's
runner (the notebooks' kernel, SBCORR_HEADLESS=1, leftovers killed), --jobs
exercises at a time (default 2, one kernel each: a cell's build is mostly
single-threaded):
  * as committed, going on after failing cells: every check cell must fail
    with an explanation (the `exercise: Check "TASK": ...` text of package exercise),
    and no other cell may fail;
  * with its solutions substituted: no cell may fail, and every check cell
    must say "correct".
It writes DIR/NAME.stubs.ipynb and DIR/NAME.solved.ipynb, prints per exercise
the two run times and, for each check cell, the first problem its stub run
reported, then the total time against --budget (120 s warm: a report, as
nbexec.py's budgets). Exit status 1 if an exercise misbehaves.

solve writes EXERCISE with its solutions substituted to OUT (default
NAME.solved.ipynb in the current folder), for instructors.
"""
import argparse
import concurrent.futures
import copy
import glob
import os
import re
import shutil
import sys
import tempfile
import time

import nbformat

sys.dont_write_bytecode = True  # no __pycache__ in the repository
import nbexec  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXERCISES = os.path.join(REPO, "notebooks", "exercises")
EXPLANATION = re.compile(r"exercise: Check \"[^\n]*\n\s*- ([^\n]*)")


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def stub_tag(cell):
    return next((t for t in tags(cell) if t.startswith("stub-")), None)


def solution_path(path):
    return os.path.join(os.path.dirname(path), "solutions", os.path.basename(path))


def solved(path):
    """Return the exercise at path with its stub cells replaced by the cells
    of its solution notebook with the same tag; raise ValueError when a stub
    has no solution or a solution no stub."""
    nb = nbformat.read(path, as_version=4)
    sol = nbformat.read(solution_path(path), as_version=4)
    answers = {stub_tag(c): c.source for c in sol.cells if c.cell_type == "code" and stub_tag(c)}
    used = set()
    out = copy.deepcopy(nb)
    for cell in out.cells:
        tag = stub_tag(cell)
        if tag is None:
            continue
        if tag not in answers:
            raise ValueError("%s: stub %s has no solution in %s" % (path, tag, solution_path(path)))
        cell.source = answers[tag]
        used.add(tag)
    if set(answers) - used:
        raise ValueError("%s: solutions %s replace no stub" % (solution_path(path), sorted(set(answers) - used)))
    return out


def html_of(cell):
    return "".join("".join(o.get("data", {}).get("text/html", "")) for o in cell.get("outputs", []))


def run(nb, name, out, suffix, timeout, kernel_log):
    """Execute nb (going on after failures); return (executed nb, set of the
    indices of failed cells, seconds)."""
    with tempfile.TemporaryDirectory(prefix="exercise-") as tmp:
        path = os.path.join(tmp, name)
        nbformat.write(nb, path)
        os.environ["SBCORR_NOTEBOOK"] = os.path.splitext(name)[0]
        os.environ["SBCORR_DATALOG"] = os.path.join(tmp, "data.jsonl")
        failures = []
        start = time.monotonic()
        kernel = nb.metadata.get("kernelspec", {}).get("name") or nbexec.DEFAULT_KERNEL
        executed, _, _ = nbexec.execute(path, kernel, timeout, kernel_log, failures=failures)
        secs = time.monotonic() - start
    nbexec.normalise(executed)
    nbformat.write(executed, os.path.join(out, os.path.splitext(name)[0] + suffix))
    return executed, {i for i, _, _ in failures}, secs


def check_one(path, out, timeout):
    """Run the exercise at path with stubs and solutions; return (problems,
    explanations, stub seconds, solved seconds)."""
    name = os.path.basename(path)
    problems, explanations = [], []
    with open(os.path.join(out, os.path.splitext(name)[0] + ".kernel.log"), "w") as log:
        nb = nbformat.read(path, as_version=4)
        ran, failed, t_stub = run(nb, name, out, ".stubs.ipynb", timeout, log)
        for i, cell in enumerate(ran.cells):
            if cell.cell_type != "code":
                continue
            text = nbexec.output_text(cell)
            if "check" in tags(cell):
                m = EXPLANATION.search(text)
                if i not in failed or not m:
                    problems.append("stubs: check cell %d %s" % (i + 1, "passed" if i not in failed else
                                                                   "failed without an explanation:\n" + text[-800:]))
                else:
                    explanations.append("cell %d: %s" % (i + 1, m.group(1)))
            elif i in failed:
                problems.append("stubs: cell %d failed, and it is not a check cell:\n%s" % (i + 1, text[-800:]))
        ran, failed, t_sol = run(solved(path), name, out, ".solved.ipynb", timeout, log)
        for i, cell in enumerate(ran.cells):
            if cell.cell_type != "code":
                continue
            if i in failed:
                problems.append("solutions: cell %d failed:\n%s" % (i + 1, nbexec.output_text(cell)[-800:]))
            elif "check" in tags(cell) and "correct: all" not in html_of(cell):
                problems.append("solutions: check cell %d did not say correct" % (i + 1))
    return problems, explanations, t_stub, t_sol


def check_safe(path, out, timeout):
    """check_one, with a malformed exercise reported as its problem."""
    try:
        return check_one(path, out, timeout)
    except (ValueError, OSError) as err:
        return [str(err)], [], 0, 0


def check(args):
    paths = args.exercises or sorted(glob.glob(os.path.join(EXERCISES, "[0-9][0-9]_*.ipynb")))
    os.makedirs(args.out, exist_ok=True)
    nbexec.become_subreaper()
    kernels = tempfile.mkdtemp(prefix="exercises-kernels-")
    bad, start = [], time.monotonic()
    try:
        nbexec.private_kernel(kernels)
        # Each worker process runs whole exercises and is the subreaper of its
        # kernels, so that nbexec's clean-up (every descendant of the runner)
        # never touches another worker's kernel.
        n = len(paths)
        with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs),
                                                    initializer=nbexec.become_subreaper) as pool:
            results = pool.map(check_safe, paths, [args.out] * n, [args.timeout] * n)
            for path, (problems, explanations, t_stub, t_sol) in zip(paths, results):
                name = os.path.basename(path)
                print("%-32s stubs %5.1fs  solutions %5.1fs  %s" % (name, t_stub, t_sol,
                                                                   "FAIL" if problems else "ok"), flush=True)
                for e in explanations:
                    print("    stub " + e, flush=True)
                for p in problems:
                    print("    " + p.replace("\n", "\n    "), flush=True)
                if problems:
                    bad.append(name)
    finally:
        shutil.rmtree(kernels, ignore_errors=True)
    total = time.monotonic() - start
    note = "  (over the budget of %gs)" % args.budget if total > args.budget else ""
    print("%d exercises, %d failed, %.1fs%s; notebooks in %s/" % (len(paths), len(bad), total, note, args.out))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("--out", default="out/exercises")
    c.add_argument("--timeout", type=int, default=nbexec.MIN_CELL_TIMEOUT, help="seconds per cell")
    c.add_argument("--budget", type=float, default=120, help="seconds for all exercises, warm")
    c.add_argument("--jobs", type=int, default=2, help="exercises run at the same time (one kernel each)")
    c.add_argument("exercises", nargs="*")
    s = sub.add_parser("solve")
    s.add_argument("exercise")
    s.add_argument("out", nargs="?")
    args = ap.parse_args()
    if args.cmd == "check":
        return check(args)
    out = args.out or os.path.splitext(os.path.basename(args.exercise))[0] + ".solved.ipynb"
    nbformat.write(solved(args.exercise), out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
