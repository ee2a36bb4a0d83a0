#!/usr/bin/python3
"""Regenerates ewma.json, the peer fixture of sbcorr.EWMACorr and
EWMACorrWindow (run from sbcorr/testdata with /usr/bin/python3).

Data: 400 correlated normal returns (numpy seed 7) with a level offset of
1e4 on x, and one NaN in x at index 300.
- "pandas": pandas Series.ewm(alpha=1-lambda, adjust=True,
  ignore_na=False, min_periods=2).corr(other) for lambda in 0.96, 0.9: the
  infinite-window EWMA with weights normalised over the available history
  (pandas' bias correction cancels in a correlation).
- "direct": the same estimator evaluated in two passes with numpy (exact
  reference; NaN at the NaN input).
- "unadjusted": pandas Series.ewm(alpha=1-lambda, adjust=False,
  ignore_na=False, min_periods=2).corr(other) for lambda in 0.96, 0.9 (the
  recursion started at the first return, sbcorr.EWMACorrWith(...,
  Unadjusted)), and "unadjusted_direct", its weights built step by step
  and the correlation evaluated in two passes with numpy: the first return
  has weight 1; a return k steps after the previous valid one (k = 2 after
  the NaN) gets alpha / (lambda^k + alpha) and the weights before it are
  multiplied by lambda^k / (lambda^k + alpha) (without NaN: alpha (1-alpha)^(t-i)
  and (1-alpha)^t for the first, as pandas documents).
- "window": the finite-window formula of footnote 18 of Portelli & Roncalli
  (2024), w_s = (1-lambda) lambda^(s-1) / (1-lambda^m) over R(t-1)..R(t-m)
  (exclude) or R(t)..R(t-m+1) (include), written directly with numpy for
  lambda = 0.96, m = 60.
"""
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
a, b = rng.standard_normal(n), rng.standard_normal(n)
x = 0.01 * a + 1e4
y = 0.01 * (-0.4 * a + np.sqrt(1 - 0.16) * b)
x[300] = np.nan

def nan_to_none(v):
    return [None if np.isnan(f) else float(f) for f in v]

out = {"source": "pandas " + pd.__version__ + " ewm(alpha=1-lambda, adjust=True and False, ignore_na=False, min_periods=2).corr; numpy footnote 18",
       "x": nan_to_none(x), "y": y.tolist(), "pandas": [], "window": []}
for lam in (0.96, 0.9):
    r = pd.Series(x).ewm(alpha=1 - lam, adjust=True, ignore_na=False, min_periods=2).corr(pd.Series(y))
    out["pandas"].append({"lambda": lam, "rho": nan_to_none(r.values)})

# Direct two-pass evaluation of the same normalised weights (the exact
# reference: pandas' one-pass update loses ~1e-10 with the 1e4 offset).
def unadjusted_weights(lam, t):
    w, last = np.zeros(t + 1), None
    for i in range(t + 1):
        if np.isnan(x[i]):
            continue
        if last is None:
            w[i] = 1.0
        else:
            d = lam ** (i - last) + (1 - lam)
            w[:i] *= lam ** (i - last) / d
            w[i] = (1 - lam) / d
        last = i
    return w


def direct(lam, adjust):
    rho = np.full(n, np.nan)
    for t in range(1, n):
        if np.isnan(x[t]):
            continue
        ok = ~np.isnan(x[:t + 1])
        w = lam ** np.arange(t, -1, -1.0) if adjust else unadjusted_weights(lam, t)
        w = w[ok]
        w /= w.sum()
        xs, ys = x[:t + 1][ok], y[:t + 1][ok]
        dx, dy = xs - w @ xs, ys - w @ ys
        rho[t] = (w @ (dx * dy)) / np.sqrt((w @ dx ** 2) * (w @ dy ** 2))
    return rho

out["direct"] = [{"lambda": lam, "rho": nan_to_none(direct(lam, True))} for lam in (0.96, 0.9)]
out["unadjusted"], out["unadjusted_direct"] = [], []
for lam in (0.96, 0.9):
    r = pd.Series(x).ewm(alpha=1 - lam, adjust=False, ignore_na=False, min_periods=2).corr(pd.Series(y))
    out["unadjusted"].append({"lambda": lam, "rho": nan_to_none(r.values)})
    out["unadjusted_direct"].append({"lambda": lam, "rho": nan_to_none(direct(lam, False))})

lam, m = 0.96, 60
w = (1 - lam) * lam ** np.arange(m) / (1 - lam ** m)  # w[k] weights the k-th most recent
for align, lag in (("exclude", 1), ("include", 0)):
    rho = np.full(n, np.nan)
    for t in range(n):
        end = t - lag
        if end - m + 1 < 0:
            continue
        xs, ys = x[end - np.arange(m)], y[end - np.arange(m)]
        mx, my = w @ xs, w @ ys
        rho[t] = (w @ ((xs - mx) * (ys - my))) / np.sqrt((w @ (xs - mx) ** 2) * (w @ (ys - my) ** 2))
    out["window"].append({"lambda": lam, "m": m, "align": align, "rho": nan_to_none(rho)})
json.dump(out, open("ewma.json", "w"))
