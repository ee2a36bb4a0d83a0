#!/usr/bin/python3
"""Regenerates bvn_scipy.json: reference values of the bivariate normal and
Student-t distribution functions from scipy, for sbcorr/copula's peer test.

Run from this directory with /usr/bin/python3 gen_peer.py.

scipy.stats.multivariate_normal.cdf calls Genz's MVNDST, which in two
dimensions evaluates his BVNU algorithm (error below 1e-14), so the normal
values are compared at 1e-12. The installed scipy (1.10) has no
multivariate_t.cdf, so the Student-t values integrate the conditional law
T2(h, k) = int_{-inf}^h t_nu(x) T_{nu+1}((k - rho x) / sqrt((1 - rho^2)(nu + x^2)/(nu + 1))) dx
with scipy.integrate.quad and scipy.stats.t (absolute error about 1e-12).
"""
import json

import numpy as np
import scipy
from scipy.integrate import quad
from scipy.stats import multivariate_normal, t as student_t

points = [(-2.5, -1.0), (-1.0, 0.5), (0.0, 0.0), (0.3, -0.7), (1.2, 2.0), (-3.0, 2.5), (2.2, 1.7)]
rhos = [-0.95, -0.6, -0.337, -0.1, 0.0, 0.25, 0.342, 0.7, 0.93, 0.99]
nus = [1, 3, 4, 7.5]

normal, student = [], []
for h, k in points:
    for r in rhos:
        cov = [[1.0, r], [r, 1.0]]
        p = multivariate_normal.cdf([h, k], mean=[0, 0], cov=cov, abseps=1e-14, releps=1e-14, maxpts=10**7)
        normal.append({"h": h, "k": k, "rho": r, "p": float(p)})
        for nu in nus:
            s = np.sqrt(1 - r * r)
            f = lambda x: student_t.pdf(x, nu) * student_t.cdf((k - r * x) / (s * np.sqrt((nu + x * x) / (nu + 1))), nu + 1)
            q = quad(f, -np.inf, h, epsabs=1e-14, epsrel=1e-13, limit=500)[0]
            student.append({"h": h, "k": k, "rho": r, "nu": nu, "p": float(q)})

with open("bvn_scipy.json", "w") as f:
    json.dump({"scipy": scipy.__version__, "normal": normal, "student": student}, f, indent=1)
    f.write("\n")
