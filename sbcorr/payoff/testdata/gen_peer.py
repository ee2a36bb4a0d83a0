#!/usr/bin/python3
"""Regenerates kernreg_statsmodels.json: statsmodels KernelReg reference
values for sbcorr/payoff's local polynomial regression tests.

Run from this directory with /usr/bin/python3 gen_peer.py.

Data: n = 300 pairs, x a scale mixture of normals (daily-like returns without isolated outliers), y a nonlinear
function of x plus noise (seed 20240601). For the bandwidth h = 0.006 it
stores the local-linear ('ll') and local-constant ('lc', Nadaraya-Watson)
fits on a 41-point grid, the leave-one-out CV score (KernelReg.cv_loo) at
three bandwidths, and the bandwidth statsmodels selects with bw='cv_ls'
(scipy fmin, so only a few digits are meaningful).
"""
import json

import numpy as np
import statsmodels
from statsmodels.nonparametric.kernel_regression import KernelReg

rng = np.random.default_rng(20240601)
n = 300
x = 0.01 * rng.standard_normal(n) * np.where(rng.uniform(size=n) < 0.1, 1.8, 1.0)
y = 0.004 * np.sin(150 * x) - 0.3 * x + 0.004 * rng.standard_normal(n)
h = 0.006
grid = np.linspace(-0.03, 0.03, 41)

out = {"statsmodels": statsmodels.__version__, "x": x.tolist(), "y": y.tolist(), "h": h, "grid": grid.tolist()}
for reg in ("ll", "lc"):
    kr = KernelReg(endog=[y], exog=[x], var_type="c", reg_type=reg, bw=[h])
    out["fit_" + reg] = kr.fit(grid)[0].tolist()
    func = kr._est_loc_linear if reg == "ll" else kr._est_loc_constant
    out["cv_" + reg] = {str(b): float(kr.cv_loo(np.array([b]), func)) for b in (0.003, 0.006, 0.012)}
    out["cvls_" + reg] = float(KernelReg(endog=[y], exog=[x], var_type="c", reg_type=reg, bw="cv_ls").bw[0])

with open("kernreg_statsmodels.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
