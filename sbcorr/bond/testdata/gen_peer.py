"""Peer values for sbcorr/bond from QuantLib (independent implementation).

Needs QuantLib's Python bindings (Debian: apt-get install quantlib-python).
Run from this directory:  /usr/bin/python3 gen_peer.py   -> writes peer.json

For each fixed-rate bullet bond (coupon dates rolled back from maturity,
unadjusted, end-of-month rule for month-end maturities, actual/actual ICMA,
settlement on `settle`) at a yield compounded `freq` times a year:
clean and dirty prices and accrued interest per unit of face, the yield
recovered from the clean price, Macaulay and modified duration, convexity
and the basis-point value (QuantLib's BondFunctions).
"""
import json

import QuantLib as ql

CASES = [
    # settle, maturity, coupon, freq, yield
    ("2018-07-17", "2028-05-15", 0.02875, 2, 0.0285),
    ("2024-03-15", "2031-08-31", 0.06, 2, 0.043),
    ("2020-11-15", "2030-11-15", 0.04, 2, 0.05),
    ("2023-06-30", "2033-01-15", 0.03, 1, 0.035),
    ("2025-02-10", "2055-02-15", 0.04625, 2, 0.048),
    ("2020-06-01", "2030-02-15", 0.0, 1, -0.004),
    ("2021-09-30", "2022-03-31", 0.00125, 2, 0.0007),
]


def qdate(s):
    y, m, d = map(int, s.split("-"))
    return ql.Date(d, m, y)


out = []
for settle_s, mat_s, cpn, freq, y in CASES:
    settle, mat = qdate(settle_s), qdate(mat_s)
    ql.Settings.instance().evaluationDate = settle
    eom = ql.Date.isEndOfMonth(mat)
    start = ql.Date(mat.dayOfMonth() if not eom else 1, mat.month(), mat.year() - 40)
    if eom:
        start = ql.Date.endOfMonth(start)
    period = ql.Period(12 // freq, ql.Months)
    sched = ql.Schedule(start, mat, period, ql.NullCalendar(), ql.Unadjusted, ql.Unadjusted,
                        ql.DateGeneration.Backward, eom)
    dc = ql.ActualActual(ql.ActualActual.Bond, sched)
    bond = ql.FixedRateBond(0, 1.0, sched, [cpn], dc)
    f = ql.Semiannual if freq == 2 else ql.Annual
    rate = ql.InterestRate(y, dc, ql.Compounded, f)
    clean = ql.BondFunctions.cleanPrice(bond, rate, settle)
    accrued = ql.BondFunctions.accruedAmount(bond, settle) / 100
    dirty = clean + 100 * accrued
    ytm = ql.BondFunctions.bondYield(bond, clean, dc, ql.Compounded, f, settle, 1e-14, 200)
    out.append({
        "settle": settle_s, "maturity": mat_s, "coupon": cpn, "freq": freq, "yield": y,
        "clean": clean / 100, "dirty": dirty / 100, "accrued": accrued, "ytm": ytm,
        "macaulay": ql.BondFunctions.duration(bond, rate, ql.Duration.Macaulay, settle),
        "modified": ql.BondFunctions.duration(bond, rate, ql.Duration.Modified, settle),
        "convexity": ql.BondFunctions.convexity(bond, rate, settle),
        "dv01": -ql.BondFunctions.basisPointValue(bond, rate, settle),
    })
json.dump({"quantlib": ql.__version__, "bonds": out}, open("peer.json", "w"), indent=1)
for o in out:
    print(o)
