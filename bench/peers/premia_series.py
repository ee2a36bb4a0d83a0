"""Peer of BenchmarkRollingPremia: pandas rolling(36) std and corr of
benchdata.Pair(n) (read as monthly stock and bond returns), annualised with
sqrt(12), then the implied equity and bond premia with their variance and
covariance parts (Portelli & Roncalli 2024, eq. 9-10), x_S = 0.75, SR = 0.30."""
import sys

import numpy as np
import pandas as pd

from common import load, report

n = int(sys.argv[1])
s, b = pd.Series(load("x", n)), pd.Series(load("y", n))


def premia():
    vs = s.rolling(36).std().to_numpy() * np.sqrt(12)
    vb = b.rolling(36).std().to_numpy() * np.sqrt(12)
    c = s.rolling(36).corr(b).to_numpy()
    xs, xb, sr = 0.75, 0.25, 0.30
    k = sr / np.sqrt(xs**2 * vs**2 + xb**2 * vb**2 + 2 * c * xs * xb * vs * vb)
    return k * xs * vs**2, k * xb * c * vs * vb, k * xb * vb**2, k * xs * c * vs * vb


report(premia, repeat=3)
