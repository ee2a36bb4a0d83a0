#!/usr/bin/python3
"""pandas peer of notebook 03's "question of your own": the rolling 36-month
correlation of monthly S&P 500 price returns with 30-year Treasury returns
(paper footnote 15), and its value at the end of 2024.

Independent of the Go code: it reads the same files, takes the joint
calendar of the S&P 500 close and the 30-year CMT yield (H.15 snapshot to
2021-01-04, FRED after), the last joint observation of each month, simple
stock returns and bond returns -D(y[t-1]) (y[t] - y[t-1]) with D the
modified duration of a 30-year par bond with semi-annual coupons,
D(y) = (1 - (1 + y/2)^(-60)) / y, then pandas' rolling(36).corr.

Run: SBCORR_DATA=/path/to/data /usr/bin/python3 gen_question30y.py > question30y.json
"""
import json
import os
import sys

import pandas as pd

data = os.environ.get("SBCORR_DATA")
if not data:
    sys.exit("set SBCORR_DATA to the data folder")

spx = pd.read_csv(os.path.join(data, "yahoo_daily/GSPC_daily.csv"), usecols=["Date", "Close"])
spx["Date"] = pd.to_datetime(spx["Date"].str[:10])
spx = spx.set_index("Date")["Close"].dropna()


def fred(path):
    s = pd.read_csv(os.path.join(data, path), na_values=["."])
    s.columns = ["date", "value"]
    s["date"] = pd.to_datetime(s["date"])
    return s.set_index("date")["value"].dropna() / 100


early = fred("fred_h15_treasury_cmt/DGS30.csv")
late = fred("fred_daily/DGS30.csv")
cut = pd.Timestamp("2021-01-04")
y = pd.concat([early[early.index <= cut], late[late.index > cut]])

joint = pd.concat([spx.rename("spx"), y.rename("y")], axis=1, join="inner").dropna()
month_end = joint.groupby(joint.index.to_period("M")).tail(1)
rs = month_end["spx"].pct_change()
y0 = month_end["y"].shift(1)
duration = (1 - (1 + y0 / 2) ** -60) / y0
rb = -duration * month_end["y"].diff()
rho = rs.rolling(36).corr(rb)
at = rho[rho.index <= "2024-12-31"]
json.dump({"generator": "inputs/testdata/gen_question30y.py", "pandas": pd.__version__,
           "date": at.index[-1].strftime("%Y-%m-%d"), "rho": at.iloc[-1],
           "rho_1990_01": rho[rho.index >= "1990-01-01"].iloc[0],
           "months": int(rho[rho.index >= "1990-01-01"].notna().sum())}, sys.stdout, indent=1)
sys.stdout.write("\n")
