package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// SP500 returns the daily close of the S&P 500 price index (Yahoo ^GSPC,
// dividends excluded; the paper's SPX), index points, on its own
// calendar (datasets.SP500Daily): the level behind the stock return of
// Pair, for statements about index points such as the CSC note's "the S&P
// 500 index fell 6% from 1669 points to 1573 points" (May-June 2013).
func SP500() (series.Series, error) { return datasets.SP500Daily("") }
