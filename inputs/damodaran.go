package inputs

import (
	"slices"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// Damodaran is Damodaran's table of annual US returns (histretSP,
// Damodaran Online, "Historical Returns on Stocks, Bonds and Bills") with
// the year-end 10-year yields his T-bond column is computed from. Every
// series is Annual, in decimals, and dated on 1 January of its year: the
// return of 2022 and the yield at the end of 2022 are both dated
// 2022-01-01, so that Yield.Changes(f) puts f(y(end of t-1), y(end of t))
// on the date of the return of year t.
type Damodaran struct {
	Stock series.Series // S&P 500 total return of the calendar year ("S&P 500"), from 1928
	Bond  series.Series // "US T. Bond" return of the year ("US T. Bond"), from 1928
	// Yield is the year-end 10-year Treasury yield as Damodaran uses it:
	// the December monthly average of H.15 (fed_h15_monthly, = FRED GS10)
	// up to the end of 1997, the last daily DGS10 of the year from 1998
	// ("his year-end yield"; see bond.DamodaranReturn), from 1953.
	Yield series.Series
	// YearEnd is the last daily 10-year yield of each complete year
	// (datasets.DGS10Daily, a year ending in December), from 1962.
	YearEnd series.Series
}

// DamodaranAnnual returns Damodaran's annual returns and the year-end
// yields (see Damodaran). It returns an error wrapping datasets.ErrNoData
// when a file is missing.
func DamodaranAnnual() (Damodaran, error) {
	f, err := datasets.Load("", "damodaran/histretSP")
	if err != nil {
		return Damodaran{}, err
	}
	h15, err := datasets.LoadSeries("", "fed_h15_monthly/us10y_monthly")
	if err != nil {
		return Damodaran{}, err
	}
	daily, err := datasets.DGS10Daily("")
	if err != nil {
		return Damodaran{}, err
	}
	stock, err := f.Col("SP500")
	if err != nil {
		return Damodaran{}, err
	}
	tbond, err := f.Col("TBond")
	if err != nil {
		return Damodaran{}, err
	}
	yearEnd := december(daily.ResampleLast(series.Annual)).Named("DGS10 year end")
	dec := december(h15.PercentToDecimal()).Years(0, 1997)
	late := yearEnd.Years(1998, 0)
	his := series.New("his year-end 10y yield", slices.Concat(dec.Dates, late.Dates), slices.Concat(dec.Values, late.Values))
	his.Unit, his.Freq, his.Prov = series.UnitDecimal, series.Annual, slices.Concat(dec.Prov, late.Prov)
	return Damodaran{Stock: stock.PercentToDecimal().AtFreq(series.Annual).Named("S&P 500"),
		Bond: tbond.PercentToDecimal().AtFreq(series.Annual).Named("US T. Bond"), Yield: his, YearEnd: yearEnd}, nil
}

// december returns the observations of s dated in December, dated on 1
// January of their year, at annual frequency.
func december(s series.Series) series.Series {
	var d []time.Time
	var v []float64
	for i, t := range s.Dates {
		if t.Month() == time.December {
			d, v = append(d, series.Date(t.Year(), time.January, 1)), append(v, s.Values[i])
		}
	}
	out := series.New(s.Name, d, v).AtFreq(series.Annual).InUnit(s.Unit)
	out.Prov = s.Prov
	return out
}
