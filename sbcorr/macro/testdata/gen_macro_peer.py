"""Peer values (pandas, statsmodels) for sbcorr/macro's Change, LevelVol,
RollingGrowthInflation, GrowthInflationStats and Regress, on synthetic
inputs stored in the same file. Regenerate with
    /usr/bin/python3 sbcorr/macro/testdata/gen_macro_peer.py > sbcorr/macro/testdata/macro_peer.json
"""
import json
import math
import numpy as np
import pandas as pd
import statsmodels.api as sm

rng = np.random.default_rng(42)
n = 160
gdp = 100 * np.exp(np.cumsum(0.006 + 0.01 * rng.standard_normal(n)))
cpi = 50 * np.exp(np.cumsum(0.008 + 0.006 * rng.standard_normal(n)))
cpi[37] = np.nan  # a missing value
gdp, cpi = pd.Series(gdp), pd.Series(cpi)
g = gdp.pct_change(4, fill_method=None)
p = cpi.pct_change(4, fill_method=None)
w = 16
roll = {
    "sigma_g": g.rolling(w).std(),
    "sigma_pi": p.rolling(w).std(),
    "rho": g.rolling(w).corr(p),
}
roll["phi"] = roll["sigma_g"] / roll["sigma_pi"]
sub = pd.concat([g, p], axis=1).iloc[60:140]
stats = {"sigma_g": sub[0].std(), "sigma_pi": sub[1].std(), "rho": sub[0].corr(sub[1])}
# regression of a correlation-like y on level and volatility factors
lv, vol = p, p.rolling(w).std()
y = pd.Series(np.tanh(np.cumsum(0.1 * rng.standard_normal(n))) + 5 * lv.fillna(0))
df = pd.concat([y, lv, vol], axis=1).dropna()
lag = int(math.floor(4 * (len(df) / 100) ** (2 / 9)))
fit = sm.OLS(df[0], sm.add_constant(df[[1, 2]])).fit(cov_type="HAC", cov_kwds={"maxlags": lag})
nan = lambda s: [None if (v is None or np.isnan(v)) else float(v) for v in s]
print(json.dumps({
    "gdp": nan(gdp), "cpi": nan(cpi), "y": nan(y), "window": w, "h": 4,
    "g": nan(g), "pi": nan(p), "rolling": {k: nan(v) for k, v in roll.items()},
    "stats_from": 60, "stats_to": 140, "stats": stats,
    "reg": {"n": len(df), "lag": lag, "coef": list(fit.params), "se": list(fit.bse),
            "pvalue": list(fit.pvalues), "r2": fit.rsquared},
}))
