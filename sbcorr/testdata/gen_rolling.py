#!/usr/bin/python3
"""Regenerates rolling.json, the pandas fixture of sbcorr.RollingCorr,
RollingCov, RollingVol, RollingBeta and RealizedCorr (run from
sbcorr/testdata with /usr/bin/python3).

Data: 300 correlated normal returns (numpy seed 21), without a level offset:
pandas' online rolling sums lose about 1e-10 on returns offset by 1e4
(sbcorr's accuracy on offsets is checked against a 512-bit reference in
accuracy_test.go and rolling_test.go instead); no NaN (pandas
keeps computing over a window holding a NaN when min_periods allows, sbcorr
returns NaN there by design).
Peers, windows w in (5, 48) with min_periods in (w, 3):
  x.rolling(w, min_periods=mp).corr(y), .cov(y), x.rolling(...).std()
  (ddof=1), and the beta cov(x, y)/var(x);
  realized correlation per period of 50 returns (6 periods):
  DataFrame.groupby(period).apply(lambda g: g.x.corr(g.y)).
"""
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(21)
n = 300
a, b = rng.standard_normal(n), rng.standard_normal(n)
x = pd.Series(0.01 * a + 0.0005)
y = pd.Series(0.01 * (0.3 * a + np.sqrt(1 - 0.09) * b))

def none(v):
    return [None if np.isnan(f) else float(f) for f in v]

cases = []
for w in (5, 48):
    for mp in (w, 3):
        r = x.rolling(w, min_periods=mp)
        cov = r.cov(y)
        cases.append({"window": w, "min_periods": mp, "corr": none(r.corr(y)), "cov": none(cov),
                      "std": none(r.std()), "beta": none(cov / r.var())})
period = np.repeat(np.arange(6), 50)
df = pd.DataFrame({"x": x, "y": y, "p": period})
realized = df.groupby("p")[["x", "y"]].apply(lambda g: g.x.corr(g.y))
json.dump({"source": "pandas " + pd.__version__ + " rolling(w, min_periods).corr/cov/std/var; groupby(period) corr",
           "x": x.tolist(), "y": y.tolist(), "cases": cases,
           "period": period.tolist(), "realized": realized.tolist()}, open("rolling.json", "w"))
