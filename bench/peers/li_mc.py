"""Peer of BenchmarkSimulateLi (sbcorr/macro): a vectorised numpy Monte Carlo
of the Li (2002) stock-bond correlation over the uniform priors of
macro.LiPaperPriors (Portelli & Roncalli 2024, Figure 14), n draws, with the
three-term decomposition in correlation units. It draws its own parameters
(a simulation has no input data), like the Go benchmark."""
import sys

import numpy as np

from common import report

n = int(sys.argv[1])
rng = np.random.default_rng(1)


def simulate():
    u = lambda a, b: rng.uniform(a, b, n)
    rr, rp, rd = u(.1, .9), u(.1, .9), u(.1, .9)
    sr, sp, sd = u(0, .02), u(0, .02), u(0, .2)
    crp, crd, cpd = u(-.5, 0), u(-.5, 0), u(-.5, 0)
    xbr, xbp = -(1 - rr**10) / (1 - rr), -(1 - rp**10) / (1 - rp) * rp
    xsr, xsd = -1 / (1 - rr), 1 / (1 - rd)
    rates = xbr * xsr * sr**2 + (xbr + xbp * xsr) * crp * sr * sp + xbr * xsd * crd * sr * sd
    infl = xbp * sp**2
    infl_div = xbp * xsd * cpd * sp * sd
    vb = xbr**2 * sr**2 + xbp**2 * sp**2 + 2 * xbr * xbp * crp * sr * sp
    vs = (xsr**2 * sr**2 + sp**2 + xsd**2 * sd**2 + 2 * xsr * crp * sr * sp
          + 2 * xsr * xsd * crd * sr * sd + 2 * xsd * cpd * sp * sd)
    k = 1 / np.sqrt(vb * vs)
    return (rates + infl + infl_div) * k, rates * k, infl * k, infl_div * k


report(simulate, repeat=3)
