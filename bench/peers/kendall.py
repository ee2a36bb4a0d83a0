"""Peer of BenchmarkKendall: scipy.stats.kendalltau (tau-b) on benchdata.Pair(n)."""
import sys

from scipy import stats

from common import load, report

n = int(sys.argv[1])
x, y = load("x", n), load("y", n)
report(lambda: stats.kendalltau(x, y), repeat=3)
