#!/usr/bin/python3
"""Regenerates rank.json, the scipy fixture of sbcorr.Kendall, Spearman,
Ranks, RollingKendall, FisherCI and CorrDiffFisher (run from sbcorr/testdata
with /usr/bin/python3).

Cases (numpy seed 11): continuous data (n = 1000), heavily tied data
(values rounded to 1 decimal, n = 500), and a small case with joint ties.
Peers: scipy.stats.kendalltau(x, y, variant='b'), scipy.stats.spearmanr,
scipy.stats.rankdata(method='average'); rolling Kendall over windows of 48
with scipy on every window; Fisher CI and the two-period Fisher z test
written with scipy.stats.norm.
"""
import json
import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(11)
a, b = rng.standard_normal(1000), rng.standard_normal(1000)
cont = (a, 0.3 * a + b)
tied = (np.round(a[:500], 1), np.round(0.6 * a[:500] + b[:500], 1))
small = (np.array([1, 1, 2, 2, 3, 3, 3, 4.0]), np.array([5, 5, 1, 2, 2, 2, 9, 0.0]))
cases = []
for name, (x, y) in (("continuous", cont), ("tied", tied), ("joint ties", small)):
    cases.append({"name": name, "x": x.tolist(), "y": y.tolist(),
                  "kendall": stats.kendalltau(x, y, variant="b").correlation,
                  "spearman": stats.spearmanr(x, y).correlation,
                  "ranks_x": stats.rankdata(x, method="average").tolist()})
x, y = tied
w = 48
roll = [None] * (w - 1) + [stats.kendalltau(x[t - w + 1:t + 1], y[t - w + 1:t + 1], variant="b").correlation
                           for t in range(w - 1, len(x))]
q = stats.norm.ppf(0.975)
r1, n1, r2, n2 = 0.5, 50, -0.2, 80
z = (np.arctanh(r1) - np.arctanh(r2)) / np.sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
json.dump({"source": "scipy " + scipy.__version__, "cases": cases, "rolling_window": w, "rolling_kendall": roll,
           "fisher": {"r": r1, "n": n1, "level": 0.95,
                      "lo": float(np.tanh(np.arctanh(r1) - q / np.sqrt(n1 - 3))),
                      "hi": float(np.tanh(np.arctanh(r1) + q / np.sqrt(n1 - 3)))},
           "fisher_diff": {"r1": r1, "n1": n1, "r2": r2, "n2": n2, "z": float(z),
                           "p": float(2 * stats.norm.sf(abs(z)))}},
          open("rank.json", "w"))
