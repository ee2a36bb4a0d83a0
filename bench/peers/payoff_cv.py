"""Peer of payoff's BenchmarkCVSelect/exact: statsmodels KernelReg with
bw='cv_ls' (leave-one-out least-squares CV minimised by scipy fmin) for the
local-linear regression of benchdata.Pair(n). One run only: it takes tens of
seconds."""
import sys
import time

from statsmodels.nonparametric.kernel_regression import KernelReg

from common import load

n = int(sys.argv[1])
x, y = load("x", n), load("y", n)
start = time.perf_counter()
KernelReg(endog=[y], exog=[x], var_type="c", reg_type="ll", bw="cv_ls")
print("%.0f" % ((time.perf_counter() - start) * 1e9))
