"""Regenerate testdata/peer_series.json: the rolling premia of section 3.2.1
computed with pandas (rolling std and corr, 36 months, annualised with
sqrt(12)) and numpy (eq. 9-10, the break-even correlation and the implied
correlation for a 100 bps bond premium from the two-asset closed form
pi_B(rho) = pi*, solved by numpy.roots on the squared equation and keeping
the root that satisfies the unsquared one), on seeded random monthly returns.

Run from the repository root:  /usr/bin/python3 sbcorr/premia/testdata/gen_peer.py
"""
import json
import os

import numpy as np
import pandas as pd

rng = np.random.default_rng(20240315)
n, w, sr, xs, target = 240, 36, 0.30, 0.75, 0.01
vol = np.where(np.arange(n) < 120, 1.0, 1.8)
z1, z2 = rng.standard_normal(n), rng.standard_normal(n)
rho_true = np.where(np.arange(n) < 150, 0.3, -0.4)
rs = 0.045 * vol * z1
rb = 0.02 * (rho_true * z1 + np.sqrt(1 - rho_true**2) * z2)
rs[100] = np.nan  # a missing month: 36 NaN estimates follow
s, b = pd.Series(rs), pd.Series(rb)
vs = s.rolling(w).std() * np.sqrt(12)
vb = b.rolling(w).std() * np.sqrt(12)
c = s.rolling(w).corr(b)
xb = 1 - xs
sig = np.sqrt(xs**2 * vs**2 + xb**2 * vb**2 + 2 * c * xs * xb * vs * vb)
k = sr / sig
out = {
    "window": w, "sr": sr, "xs": xs, "target": target,
    "rs": list(rs), "rb": list(rb),
    "vol_s": list(vs), "vol_b": list(vb), "corr": list(c),
    "eq_var": list(k * xs * vs**2), "eq_cov": list(k * xb * c * vs * vb),
    "bond_var": list(k * xb * vb**2), "bond_cov": list(k * xs * c * vs * vb),
    "break_even": list(-xb / (1 - xb) * vb / vs),
}
implied = []
for t in range(n):
    if np.isnan(vs[t]):
        implied.append(float("nan"))
        continue
    a2, b2 = vs[t], vb[t]
    # sr (xb b2^2 + xs r a2 b2) = target sqrt(xs^2 a2^2 + xb^2 b2^2 + 2 r xs xb a2 b2), squared:
    p, q = sr * xb * b2**2, sr * xs * a2 * b2  # lhs = p + q r
    u, v = xs**2 * a2**2 + xb**2 * b2**2, 2 * xs * xb * a2 * b2  # var = u + v r
    roots = np.roots([q * q, 2 * p * q - target**2 * v, p * p - target**2 * u])
    good = [r.real for r in roots if abs(r.imag) < 1e-12 and -1 <= r.real <= 1 and p + q * r.real > 0]
    implied.append(good[0] if len(good) == 1 else float("nan"))
out["implied"] = implied
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "peer_series.json")
nulls = {k: ([None if (x is None or np.isnan(x)) else float(x) for x in v] if isinstance(v, list) else v) for k, v in out.items()}
with open(path, "w") as fh:
    json.dump(nulls, fh, allow_nan=False)
