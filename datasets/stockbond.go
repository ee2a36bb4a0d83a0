package datasets

import (
	"time"
)

// Relative paths of the files behind the stock-bond builders.
const (
	fileGSPC      = "yahoo_daily/GSPC_daily.csv"
	fileDGS10H15  = "fred_h15_treasury_cmt/DGS10.csv"
	fileDGS10FRED = "fred_daily/DGS10.csv"
)

// dgs10Splice is the last date taken from the H.15 snapshot; later dates
// come from fred_daily/DGS10.csv.
var dgs10Splice = Date(2021, 1, 4)

// SP500Daily returns the daily close of the S&P 500 price index (Yahoo
// ^GSPC, dividends excluded; the paper's SPX) in index points, 1927-12-30
// to 2025-01-03, from yahoo_daily/GSPC_daily.csv located with Locate(dir,
// ...). Name "SPX".
func SP500Daily(dir string) (Series, error) {
	p, err := Locate(dir, fileGSPC)
	if err != nil {
		return Series{}, err
	}
	f, err := ReadYahoo(p)
	if err != nil {
		return Series{}, err
	}
	s, err := f.Col("Close")
	if err != nil {
		return Series{}, parseErr(p, 1, "%v", err)
	}
	s.Name, s.Unit = "SPX", UnitIndex
	return s, nil
}

// DGS10Daily returns the 10-year Treasury constant-maturity yield (FRED
// DGS10, Fed H.15) in DECIMALS (4.25% -> 0.0425), one value per day on
// which H.15 published it (missing rows dropped). It splices
// fred_h15_treasury_cmt/DGS10.csv (1962-01-02 .. 2021-01-04) with
// fred_daily/DGS10.csv for later dates (to 2025-12-30); the two files agree
// on their overlap 1980-2021 (see TestDGS10SpliceOverlap). Name "DGS10".
func DGS10Daily(dir string) (Series, error) {
	early, err := locateFRED(dir, fileDGS10H15)
	if err != nil {
		return Series{}, err
	}
	late, err := locateFRED(dir, fileDGS10FRED)
	if err != nil {
		return Series{}, err
	}
	s := splice(early.DropNaN(), late.DropNaN(), dgs10Splice)
	s.Name = "DGS10"
	return s.PercentToDecimal(), nil
}

// locateFRED locates and reads a FRED file.
func locateFRED(dir, rel string) (Series, error) {
	p, err := Locate(dir, rel)
	if err != nil {
		return Series{}, err
	}
	return ReadFRED(p)
}

// splice takes a up to and including cut and b after it; the provenance
// lists both files.
func splice(a, b Series, cut time.Time) Series {
	a = a.Between(time.Time{}, cut)
	b = b.Between(cut.AddDate(0, 0, 1), time.Time{})
	out := a
	out.Dates = append(append([]time.Time(nil), a.Dates...), b.Dates...)
	out.Values = append(append([]float64(nil), a.Values...), b.Values...)
	out.Prov = append(append([]Provenance(nil), a.Prov...), b.Prov...)
	return out
}

// StockBond holds the S&P 500 level and the 10-year yield on their JOINT
// calendar: only dates on which both have a value. The bond market closes
// on days the stock market trades (Columbus Day, Veterans Day) and vice
// versa (e.g. some national days of mourning), so joining first and
// differencing second guarantees that a stock return and a yield change
// always span the same two dates. Bond returns are computed from the
// yield by the fixed-income code (sbcorr/bond), not here.
type StockBond struct {
	Stock Series // S&P 500 price index, index points ("SPX")
	Yield Series // 10-year CMT yield, decimal ("DGS10")
	// Synthetic is true for the offline sample (see SampleStockBondDaily):
	// never report its numbers as results on real data.
	Synthetic bool
}

// StockBondDaily returns SP500Daily and DGS10Daily on their joint daily
// calendar (1962-01-02 .. 2025-01-03 with the shared data).
func StockBondDaily(dir string) (StockBond, error) {
	spx, err := SP500Daily(dir)
	if err != nil {
		return StockBond{}, err
	}
	y, err := DGS10Daily(dir)
	if err != nil {
		return StockBond{}, err
	}
	return jointStockBond(spx, y, false), nil
}

// jointStockBond aligns stock and yield on the dates where both have a
// value.
func jointStockBond(stock, yield Series, synthetic bool) StockBond {
	f := InnerJoin(stock, yield).DropNaN()
	return StockBond{Stock: f.Cols[0], Yield: f.Cols[1], Synthetic: synthetic}
}

// StockBondMonthly returns the last joint observation of each month of
// StockBondDaily (dated at that day, e.g. 1999-12-31, 2001-09-28): true
// month-end values, unlike the monthly AVERAGES of the Shiller and H.15
// monthly files.
func StockBondMonthly(dir string) (StockBond, error) {
	d, err := StockBondDaily(dir)
	if err != nil {
		return StockBond{}, err
	}
	return d.ResampleLast(Monthly), nil
}

// ResampleLast returns the last joint observation of each period.
func (p StockBond) ResampleLast(f Freq) StockBond {
	fr := Frame{Dates: p.Stock.Dates, Cols: []Series{p.Stock, p.Yield}}.ResampleLast(f)
	return StockBond{Stock: fr.Cols[0], Yield: fr.Cols[1], Synthetic: p.Synthetic}
}

// In returns the observations inside the period, e.g.
// p.In(datasets.Period1980to1999). Cutting before differencing drops the
// return INTO the first date of the period (1979-12-31 -> 1980-01-02);
// difference first and cut the returns to keep it.
func (p StockBond) In(per Period) StockBond {
	return StockBond{Stock: p.Stock.In(per), Yield: p.Yield.In(per), Synthetic: p.Synthetic}
}

// Len returns the number of joint observations.
func (p StockBond) Len() int { return p.Stock.Len() }
