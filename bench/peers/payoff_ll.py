"""Peer of payoff's BenchmarkLocalLinear: statsmodels KernelReg local-linear
fit of benchdata.Pair(n) on the same 200-point grid (-4% to +4%) with the
same bandwidth h = 2 * 0.01 * n^-0.2."""
import sys

import numpy as np
from statsmodels.nonparametric.kernel_regression import KernelReg

from common import load, report

n = int(sys.argv[1])
x, y = load("x", n), load("y", n)
h = 2 * 0.01 * n ** -0.2
grid = np.linspace(-0.04, 0.04, 200)
kr = KernelReg(endog=[y], exog=[x], var_type="c", reg_type="ll", bw=[h])
report(lambda: kr.fit(grid), repeat=3)
