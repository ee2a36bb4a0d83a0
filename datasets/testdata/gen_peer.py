"""Regenerate testdata/peer_pandas.json: pandas reference values for the
time-series operations of package datasets (peer_test.go).

Run with the Debian interpreter: /usr/bin/python3 datasets/testdata/gen_peer.py
Inputs are generated here (seeded) and stored in the fixture, so the Go test
needs no data folder. Two business-day series over 2019-2020 with holes (prices to 2 decimals, yields to 5):
"a" misses some days and has NaN values, "b" misses other days.
"""
import json
import os

import numpy as np
import pandas as pd

rng = np.random.default_rng(20240101)
days = pd.bdate_range("2019-01-01", "2020-12-31")
a = pd.Series(100 * np.exp(np.cumsum(rng.normal(0, 0.01, len(days)))), index=days).round(2)
b = pd.Series(0.02 + np.cumsum(rng.normal(0, 0.0005, len(days))), index=days).round(5)
a = a[rng.random(len(days)) > 0.03]           # stock holidays
a[rng.random(len(a)) < 0.02] = np.nan          # missing values kept as rows
b = b[rng.random(len(days)) > 0.05]           # bond holidays
# Runs of missing values for the forward-fill test.
a.iloc[100:105] = np.nan


def dated(s):
    s = s.dropna()
    return {"dates": [d.strftime("%Y-%m-%d") for d in s.index], "values": [float(v) for v in s.values]}


def with_nan(s):
    return {"dates": [d.strftime("%Y-%m-%d") for d in s.index],
            "values": [None if np.isnan(v) else float(v) for v in s.values]}


def last_obs(s, rule):
    """Last non-missing observation per period, dated at that observation."""
    s = s.dropna()
    idx = s.groupby(s.index.to_period(rule)).apply(lambda g: g.index[-1])
    return dated(s.loc[idx.values])


joint = pd.concat([a.rename("a"), b.rename("b")], axis=1, join="inner").dropna()
out = {
    "input_a": with_nan(a),
    "input_b": with_nan(b),
    "monthly_last_a": last_obs(a, "M"),
    "weekly_last_a": last_obs(a, "W-SUN"),
    "quarterly_last_b": last_obs(b, "Q"),
    "monthly_mean_b": dated(b.resample("MS").mean()),
    "quarterly_sum_a": dated(a.resample("QS").sum(min_count=1)),
    "simple_returns_a": with_nan(a.pct_change(fill_method=None).iloc[1:]),
    "log_returns_a": with_nan(np.log(a / a.shift(1)).iloc[1:]),
    "diff_b": with_nan(b.diff().iloc[1:]),
    "lag2_a": with_nan(a.shift(2)),
    "ffill3_a": with_nan(a.ffill(limit=3)),
    "inner_dates": [d.strftime("%Y-%m-%d") for d in pd.concat([a, b], axis=1, join="inner").index],
    "outer_dates": [d.strftime("%Y-%m-%d") for d in pd.concat([a, b], axis=1, join="outer").index],
    "joint_monthly_last": {"dates": [d.strftime("%Y-%m-%d") for d in joint.groupby(joint.index.to_period("M")).tail(1).index],
                           "a": [float(v) for v in joint.groupby(joint.index.to_period("M")).tail(1)["a"]],
                           "b": [float(v) for v in joint.groupby(joint.index.to_period("M")).tail(1)["b"]]},
    "pandas_version": pd.__version__,
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "peer_pandas.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")
