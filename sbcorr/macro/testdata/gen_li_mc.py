"""Independent numpy Monte Carlo of the Li (2002) model (Portelli & Roncalli
2024, section 2.4.1, Figures 14-15): probability of a negative stock-bond
correlation and its mean under the uniform priors of macro.LiPaperPriors and
its variants. Regenerate with
    /usr/bin/python3 sbcorr/macro/testdata/gen_li_mc.py > sbcorr/macro/testdata/li_mc_peer.json
"""
import json
import numpy as np

N = 4_000_000
rng = np.random.default_rng(20240601)


def simulate(sp=(0, .02), sd=(0, .2), cpd=(-.5, 0), n=10):
    u = lambda a, b: rng.uniform(a, b, N)
    rr, rp, rd = u(.1, .9), u(.1, .9), u(.1, .9)
    sr, sP, sD = u(0, .02), u(*sp), u(*sd)
    crp, crd, cPd = u(-.5, 0), u(-.5, 0), u(*cpd)
    xB = np.stack([-(1 - rr**n) / (1 - rr), -(1 - rp**n) / (1 - rp) * rp, 0 * rr])
    xS = np.stack([-1 / (1 - rr), np.ones(N), 1 / (1 - rd)])
    s = np.stack([sr, sP, sD])
    corr = [[1, crp, crd], [crp, 1, cPd], [crd, cPd, 1]]
    q = lambda x, y: sum(x[i] * y[j] * corr[i][j] * s[i] * s[j] for i in range(3) for j in range(3))
    rho = q(xB, xS) / np.sqrt(q(xB, xB) * q(xS, xS))
    return {"draws": N, "prob_negative": float((rho < 0).mean()), "mean_rho": float(rho.mean()),
            "sd_rho": float(rho.std())}


out = {
    "base": simulate(),
    "sigma_delta_2pct": simulate(sd=(0, .02)),
    "sigma_pi_2_10pct": simulate(sp=(.02, .1)),
    "rho_pi_delta_pos": simulate(cpd=(0, .5)),
}
print(json.dumps(out, indent=1))
