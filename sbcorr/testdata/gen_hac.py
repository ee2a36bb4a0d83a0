#!/usr/bin/python3
"""Regenerates hac_data.csv and hac_statsmodels.json, the peer fixtures of
sbcorr.OLSHAC (run from sbcorr/testdata with /usr/bin/python3; then run
Rscript gen_hac.R for hac_sandwich.json).

Data: n = 300 rows, y = 0.5 + 2 x1 - x2 + e with AR(1) regressors and AR(1)
heteroskedastic errors (numpy seed 20240601), so the HAC correction matters.
Fit: statsmodels OLS(y, add_constant([x1, x2])).fit(cov_type='HAC',
cov_kwds={'maxlags': L}) for L in 0, 4, 12 (statsmodels' default
use_correction=False, checked below) and the same with
cov_kwds={'maxlags': L, 'use_correction': True} (n/(n-k) factor).
"""
import json
import numpy as np
import statsmodels
import statsmodels.api as sm

rng = np.random.default_rng(20240601)
n = 300
x1 = np.zeros(n); x2 = np.zeros(n); e = np.zeros(n)
for t in range(n):
    prev = t - 1 if t else 0
    x1[t] = 0.8 * x1[prev] + rng.standard_normal()
    x2[t] = 0.5 * x2[prev] + 0.05 * rng.standard_normal() + 0.04
    e[t] = 0.7 * e[prev] + (1 + 0.5 * abs(x1[t])) * rng.standard_normal()
y = 0.5 + 2 * x1 - x2 + e
np.savetxt("hac_data.csv", np.column_stack([y, x1, x2]), delimiter=",",
           header="y,x1,x2", comments="", fmt="%.17g")

X = sm.add_constant(np.column_stack([x1, x2]))
cases = []
for lag in (0, 4, 12):
    for corr in (True, False):
        kw = {"maxlags": lag, "use_correction": True} if corr else {"maxlags": lag}
        r = sm.OLS(y, X).fit(cov_type="HAC", cov_kwds=kw)
        assert r.cov_kwds["use_correction"] == corr
        cases.append({"lag": lag, "small_sample": corr, "coef": r.params.tolist(),
                      "se": r.bse.tolist(), "t": r.tvalues.tolist(), "p": r.pvalues.tolist(),
                      "r2": r.rsquared, "adj_r2": r.rsquared_adj})
json.dump({"source": "statsmodels " + statsmodels.__version__ +
           " OLS(...).fit(cov_type='HAC', cov_kwds={'maxlags': lag}"
           " plus 'use_correction': True when small_sample; default use_t=False (normal p-values)",
           "cases": cases}, open("hac_statsmodels.json", "w"), indent=1)
