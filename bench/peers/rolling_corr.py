"""Peer of BenchmarkRollingCorr: pandas s1.rolling(w).corr(s2) on benchdata.Pair(n)."""
import sys

import pandas as pd

from common import load, report

n, w = int(sys.argv[1]), int(sys.argv[2])
s1, s2 = pd.Series(load("x", n)), pd.Series(load("y", n))
report(lambda: s1.rolling(w).corr(s2), repeat=3)
