// Package usdata assembles the US series behind the macro regressions of
// Portelli & Roncalli (2024), section 3.4 and Table 13, from the files the
// datasets package locates: a monthly CPI from 1871, a quarterly real GDP
// from 1947, and the monthly 4-year rolling stock-bond correlation. It only
// combines datasets series (no file format knowledge); the statistics live
// in sbcorr/macro.
//
// The paper uses OECD quarterly GDP and CPI. Our shared data hold FRED's
// CPIAUCSL and GDPC1 from 1980 only, so before 1980:
//
//   - CPI is Shiller's monthly CPI (BLS CPI-U, not seasonally adjusted),
//     ratio-linked to CPIAUCSL (seasonally adjusted) at 1980-01;
//   - real GDP is nominal GDP (FRED GDP, from 1947) deflated by the
//     quarterly average of that CPI, ratio-linked to GDPC1 at 1980Q1. The
//     CPI is not the GDP deflator, so real growth before 1980 is noisier
//     than the paper's.
package usdata

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/sbcorr/macro"
)

// Relative paths of the files in the shared data layout.
const (
	FileCPI     = "fred_macro/CPIAUCSL.csv"
	FileGDP     = "fred_macro/GDP.csv"
	FileRealGDP = "fred_macro/GDPC1.csv"
	FileShiller = "shiller/shiller_sp500_monthly.csv"
)

func readFRED(dir, rel string) (datasets.Series, error) {
	p, err := datasets.Locate(dir, rel)
	if err != nil {
		return datasets.Series{}, err
	}
	return datasets.ReadFRED(p)
}

// ShillerCPI returns the "Consumer Price Index" column of Shiller's monthly
// file (1871-01 .. 2023-09; the 0.0 fill values after that are dropped),
// dated on the first of the month.
func ShillerCPI(dir string) (datasets.Series, error) {
	p, err := datasets.Locate(dir, FileShiller)
	if err != nil {
		return datasets.Series{}, err
	}
	f, err := datasets.ReadCSV(p, datasets.CSVOptions{Cols: []string{"Consumer Price Index"},
		Missing: []string{"0.0"}, Unit: datasets.UnitOther, Freq: datasets.Monthly})
	if err != nil {
		return datasets.Series{}, err
	}
	s := f.Cols[0].DropNaN()
	s.Name = "Shiller CPI"
	return s, nil
}

// splice ratio-links early to late on the union of their dates (see
// macro.RatioSplice) and names the result.
func splice(early, late datasets.Series, name string) (datasets.Series, error) {
	f := datasets.OuterJoin(early, late)
	v, err := macro.RatioSplice(f.Cols[0].Values, f.Cols[1].Values)
	if err != nil {
		return datasets.Series{}, fmt.Errorf("usdata: %s: %w", name, err)
	}
	out := f.Cols[1]
	out.Name, out.Values = name, v
	out.Prov = append(append([]datasets.Provenance(nil), early.Prov...), late.Prov...)
	return out.DropNaN(), nil
}

// CPIMonthly returns the monthly US CPI, dated on the first of the month:
// Shiller's CPI before 1980-01 ratio-linked to FRED CPIAUCSL from 1980-01
// (index level, 1982-84 = 100).
func CPIMonthly(dir string) (datasets.Series, error) {
	sh, err := ShillerCPI(dir)
	if err != nil {
		return datasets.Series{}, err
	}
	cpi, err := readFRED(dir, FileCPI)
	if err != nil {
		return datasets.Series{}, err
	}
	return splice(sh, cpi.DropNaN(), "CPI")
}

// NominalGDPQuarterly returns US nominal GDP (FRED GDP, BEA, USD bn,
// seasonally adjusted annual rate; quarterly from 1947, dated on the first
// day of the quarter). Its growth is the "GDP" growth factor of the paper's
// Table 21 (see RunRegressions).
func NominalGDPQuarterly(dir string) (datasets.Series, error) {
	s, err := readFRED(dir, FileGDP)
	if err != nil {
		return datasets.Series{}, err
	}
	return s.DropNaN(), nil
}

// RealGDPQuarterly returns US real GDP (chained 2017 USD bn, quarterly,
// dated on the first day of the quarter): GDPC1 from 1980Q1 and, before,
// nominal GDP divided by the quarterly average of CPIMonthly, ratio-linked
// at 1980Q1.
func RealGDPQuarterly(dir string) (datasets.Series, error) {
	cpi, err := CPIMonthly(dir)
	if err != nil {
		return datasets.Series{}, err
	}
	gdp, err := NominalGDPQuarterly(dir)
	if err != nil {
		return datasets.Series{}, err
	}
	real, err := readFRED(dir, FileRealGDP)
	if err != nil {
		return datasets.Series{}, err
	}
	f := datasets.InnerJoin(gdp, cpi.Aggregate(datasets.Quarterly, datasets.AggMean))
	deflated := f.Cols[0]
	deflated.Values = make([]float64, f.Len())
	for i := range deflated.Values {
		deflated.Values[i] = f.Cols[0].Values[i] / f.Cols[1].Values[i]
	}
	deflated.Prov = append(append([]datasets.Provenance(nil), gdp.Prov...), cpi.Prov...)
	return splice(deflated, real.DropNaN(), "real GDP")
}

// GrowthInflation returns year-on-year real GDP growth and CPI inflation on
// the quarterly calendar (the quarterly average CPI; growth
// GDP(t)/GDP(t-4) - 1), decimals, on the dates where both are defined: the
// inputs of Table 13 and Figure 74. On these series the 2000-2023 row of
// Table 13 matches the paper (sigma_g 2.2%, sigma_pi 1.8%, varphi 1.2;
// rho_g_pi 39.6% vs 35.0%), but rho_g_pi over 1960-1999 is -60% (paper
// -45.2%), and -62% over 1980-1999 where no splice is involved, so the gap
// is not an artefact of the pre-1980 splice (TestTable13).
func GrowthInflation(dir string) (g, pi datasets.Series, err error) {
	gdp, err := RealGDPQuarterly(dir)
	if err != nil {
		return g, pi, err
	}
	cpi, err := CPIMonthly(dir)
	if err != nil {
		return g, pi, err
	}
	f := datasets.InnerJoin(gdp, cpi.Aggregate(datasets.Quarterly, datasets.AggMean))
	g, pi = f.Cols[0], f.Cols[1]
	g.Values, pi.Values = macro.Change(g.Values, 4), macro.Change(pi.Values, 4)
	g.Name, pi.Name, g.Unit, pi.Unit = "g", "pi", datasets.UnitDecimal, datasets.UnitDecimal
	both := datasets.InnerJoin(g, pi).DropNaN()
	return both.Cols[0], both.Cols[1], nil
}

// MonthStart maps every date of s to the first day of its month (month-end
// observations such as datasets.StockBondMonthly then align with monthly
// macro series dated on the 1st).
func MonthStart(s datasets.Series) datasets.Series {
	out := s
	out.Dates = make([]time.Time, len(s.Dates))
	for i, d := range s.Dates {
		out.Dates[i] = datasets.PeriodStart(d, datasets.Monthly)
	}
	return out
}

// StockBond holds the monthly inputs of the section 3.4 regressions on the
// first-of-month calendar: the rolling stock-bond correlation and the
// 10-year yield (decimal, month-end).
type StockBond struct {
	Corr  datasets.Series // rolling correlation of monthly returns
	Yield datasets.Series // 10-year CMT yield at month end, decimal
}

// StockBondMonthly returns the `window`-month rolling correlation (the
// paper's 4 years: 48) of monthly S&P 500 price returns and 10-year
// Treasury returns, with the 10-year yield, dated on the first of the month
// (section 3.1.2, Figure 17). Month-end levels come from
// datasets.StockBondMonthly; bond returns are the paper's footnote 15,
// -S(t) (y(t) - y(t-1)) with S the modified duration of a 10-year par bond
// (bond.ApproxReturns), as in notebook 03 (Figure 17, Table 19). The
// correlation is NaN until a full window is available.
func StockBondMonthly(dir string, window int) (StockBond, error) {
	sb, err := datasets.StockBondMonthly(dir)
	if err != nil {
		return StockBond{}, err
	}
	rs := sb.Stock.SimpleReturns() // dated from the second month on
	rb := bond.ApproxReturns(sb.Yield.Values, 10)[1:]
	y := MonthStart(sb.Yield)
	y.Dates, y.Values = y.Dates[1:], y.Values[1:]
	corr := y
	corr.Name, corr.Unit = fmt.Sprintf("rho_SB (%d-month rolling)", window), datasets.UnitDecimal
	corr.Values = sbcorr.RollingCorr(rs.Values, rb, window, window)
	corr.Prov = append(append([]datasets.Provenance(nil), sb.Stock.Prov...), sb.Yield.Prov...)
	return StockBond{Corr: corr, Yield: y}, nil
}
