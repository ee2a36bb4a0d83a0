"""Regenerate kde.json: Silverman bandwidth (statsmodels), Gaussian KDE
values (scipy) and the Freedman-Diaconis bin count (numpy) for
plotting.Silverman, plotting.KDE and the Histogram default bins.

Run with Debian's python: /usr/bin/python3 gen_kde.py > kde.json
"""
import json

import numpy as np
from scipy.stats import gaussian_kde
from statsmodels.nonparametric.bandwidths import bw_silverman

# A skewed, heavy-tailed sample with a fixed seed (like daily returns).
rng = np.random.default_rng(20241122)
x = np.concatenate([rng.standard_t(4, 300) * 0.01, rng.normal(0.002, 0.005, 200)])
h = float(bw_silverman(x))
# scipy's bw_method is a factor of the sample standard deviation (ddof=1).
kde = gaussian_kde(x, bw_method=h / np.std(x, ddof=1))
at = np.linspace(-0.06, 0.06, 25)
print(json.dumps({
    "x": x.tolist(),
    "silverman": h,
    "at": at.tolist(),
    "density": kde(at).tolist(),
    "fd_bins": len(np.histogram_bin_edges(x, bins="fd")) - 1,
}, indent=1))
