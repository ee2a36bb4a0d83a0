"""Peer of BenchmarkPearson: numpy.corrcoef on benchdata.Pair(n)."""
import sys

import numpy as np

from common import load, report

n = int(sys.argv[1])
x, y = load("x", n), load("y", n)
report(lambda: np.corrcoef(x, y)[0, 1])
