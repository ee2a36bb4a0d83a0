"""pandas peer of BenchmarkLoadStockTreasury (datasets/bench_test.go).

Reads yahoo_daily/GSPC_daily.csv and the 11 fred_h15_treasury_cmt/DGS*.csv
files of $SBCORR_DATA, converts yields to decimals, outer-joins the 11 tenors
and inner-joins them with the S&P 500 close, as the Go benchmark does.
Run from bench/peers (the harness's working directory) with /usr/bin/python3;
prints nanoseconds per operation (best of 5) via bench/peers/common.py, or
standalone with --check to print the joined shape.
"""
import os
import sys

import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "peers"))

TENORS = ["DGS1MO", "DGS3MO", "DGS6MO", "DGS1", "DGS2", "DGS3", "DGS5", "DGS7", "DGS10", "DGS20", "DGS30"]
DATA = os.environ.get("SBCORR_DATA", "/work/shared/data")


def load_and_join():
    spx = pd.read_csv(os.path.join(DATA, "yahoo_daily", "GSPC_daily.csv"), usecols=["Date", "Close"])
    spx.index = pd.to_datetime(spx["Date"].str.slice(0, 10), format="%Y-%m-%d")
    cols = [spx["Close"].rename("SPX")]
    for t in TENORS:
        s = pd.read_csv(os.path.join(DATA, "fred_h15_treasury_cmt", t + ".csv"), na_values=["."],
                        index_col=0, parse_dates=[0])[t]
        cols.append(s / 100)
    cmt = pd.concat(cols[1:], axis=1, join="outer")
    return pd.concat([cols[0], cmt], axis=1, join="inner")


if __name__ == "__main__":
    if "--check" in sys.argv:
        print(load_and_join().shape)
    else:
        from common import report
        report(load_and_join)
