"""Helpers for peer benchmark scripts: load the harness's inputs, time a call."""
import os
import time

import numpy as np


def load(name, n):
    """Return the array written by internal/benchdata for name ('x' or 'y') and size n."""
    return np.fromfile(os.path.join(os.environ["BENCH_DATA"], "%s_%d.f64" % (name, n)), dtype="<f8")


def report(fn, repeat=5, min_time=0.2):
    """Print the best time per call of fn in nanoseconds (best of repeat batches)."""
    fn()
    best = float("inf")
    for _ in range(repeat):
        calls, start = 0, time.perf_counter()
        while True:
            fn()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_time:
                break
        best = min(best, elapsed / calls)
    print("%.0f" % (best * 1e9))
