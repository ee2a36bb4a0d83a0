"""Peer of BenchmarkEWMACorr: pandas s1.ewm(alpha=1-0.96, adjust=True).corr(s2) on benchdata.Pair(n)."""
import sys

import pandas as pd

from common import load, report

n = int(sys.argv[1])
s1, s2 = pd.Series(load("x", n)), pd.Series(load("y", n))
report(lambda: s1.ewm(alpha=1 - 0.96, adjust=True).corr(s2), repeat=3)
