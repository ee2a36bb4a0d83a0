"""Regenerate testdata/peer_riskbased.json: long-only risk-based baskets
solved by scipy (SLSQP for MV and MDP, scipy.optimize.root on the ERC
first-order conditions) on seeded random covariance matrices.

Run from the repository root:  /usr/bin/python3 sbcorr/basket/testdata/gen_peer.py
"""
import json
import os

import numpy as np
import scipy
from scipy.optimize import minimize

rng = np.random.default_rng(20240501)
cases = []
for n in (4, 8, 12):
    k = n + 10
    f = rng.standard_normal(k)
    vol = 0.1 + 0.3 * rng.random(n)
    x = (0.6 * f[:, None] + rng.standard_normal((k, n))) * vol
    cov = x.T @ x / k
    s = np.sqrt(np.diag(cov))
    cons = ({"type": "eq", "fun": lambda w: w.sum() - 1},)
    bnds = [(0, 1)] * n
    w0 = np.ones(n) / n
    mv = minimize(lambda w: w @ cov @ w, w0, jac=lambda w: 2 * cov @ w, bounds=bnds,
                  constraints=cons, method="SLSQP", options={"ftol": 1e-16, "maxiter": 1000}).x
    mdp = minimize(lambda w: -(w @ s) / np.sqrt(w @ cov @ w), w0, bounds=bnds,
                   constraints=cons, method="SLSQP", options={"ftol": 1e-16, "maxiter": 1000}).x
    # ERC: y solves Sigma y = b / y (b = 1/n), then w = y / sum(y)
    sol = scipy.optimize.root(lambda ly: cov @ np.exp(ly) - (1 / n) / np.exp(ly), np.log(w0 / s), tol=1e-15)
    erc = np.exp(sol.x) / np.exp(sol.x).sum()
    cases.append({"cov": cov.tolist(), "mv": np.clip(mv, 0, None).tolist(),
                  "mdp": np.clip(mdp, 0, None).tolist(), "erc": erc.tolist()})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "peer_riskbased.json")
with open(out, "w") as fh:
    json.dump({"generator": "scipy " + scipy.__version__ + " SLSQP / root", "cases": cases}, fh, indent=1)
