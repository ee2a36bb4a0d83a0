package inputs

import (
	"fmt"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr/macro"
	"github.com/stockbond/sbcorr/series"
)

// Macro is the US macro data of Portelli & Roncalli (2024): the CPI and GDP
// behind the growth-inflation statistics of section 2.4.3 (Table 13,
// Figure 74) and the inflation and growth factors of the regressions of
// section 3.4 (Tables 20-22, 33-34).
//
// The paper uses OECD quarterly GDP and CPI. The data folder holds FRED's
// CPIAUCSL and GDPC1 from 1980 only, so before 1980:
//
//   - the CPI is Shiller's monthly CPI (BLS CPI-U, not seasonally
//     adjusted), ratio-linked to CPIAUCSL (seasonally adjusted) at 1980-01;
//   - real GDP is nominal GDP (FRED GDP, from 1947) deflated by the
//     quarterly average of that CPI, ratio-linked to GDPC1 at 1980Q1. The
//     CPI is not the GDP deflator, so real growth before 1980 is noisier
//     than the paper's.
//
// On these series the 2000-2023 row of Table 13 matches the paper (sigma_g
// 2.2%, sigma_pi 1.8%, varphi 1.2; rho_g_pi 39.6% against 35.0%), but
// rho_g_pi over 1960-1999 is -60% (paper -45.2%), and -62% over 1980-1999
// where no splice is involved: the gap is not an artefact of the splice
// (TestUSMacroTable13).
type Macro struct {
	// CPI is the monthly US CPI (index, 1982-84 = 100), dated on the 1st
	// of the month, from 1871: Shiller's CPI before 1980-01, CPIAUCSL from
	// 1980-01.
	CPI series.Series
	// GDP is US nominal GDP (FRED GDP, BEA, USD bn, seasonally adjusted
	// annual rate), quarterly from 1947, dated on the first day of the
	// quarter: the "GDP" of the paper's growth factors (Table 21).
	GDP series.Series
	// RealGDP is US real GDP (chained 2017 USD bn), quarterly from 1947:
	// GDPC1 from 1980Q1 and, before, GDP divided by the quarterly average
	// CPI, ratio-linked at 1980Q1.
	RealGDP series.Series
	// Growth and Inflation are the year-on-year rates of RealGDP and of
	// the quarterly average CPI, g(t) = GDP(t)/GDP(t-4) - 1, decimals, on
	// the quarters where both are defined: the inputs of Table 13 and
	// Figure 74.
	Growth, Inflation series.Series
}

// USMacro returns the US macro data (see Macro) from the data folder, or
// an error wrapping datasets.ErrNoData when a file is missing.
func USMacro() (Macro, error) {
	var m Macro
	cpi, err := datasets.LoadSeries("", "fred_macro/CPIAUCSL")
	if err != nil {
		return m, err
	}
	sh, err := datasets.Load("", "shiller/shiller_sp500_monthly")
	if err != nil {
		return m, err
	}
	if m.CPI, err = splice(sh.MustCol("Consumer Price Index").DropNaN(), cpi.DropNaN(), "CPI"); err != nil {
		return m, err
	}
	if m.GDP, err = datasets.LoadSeries("", "fred_macro/GDP"); err != nil {
		return m, err
	}
	m.GDP = m.GDP.DropNaN().Named("GDP")
	real, err := datasets.LoadSeries("", "fred_macro/GDPC1")
	if err != nil {
		return m, err
	}
	cpiQ := m.CPI.Aggregate(series.Quarterly, series.AggMean)
	gdp, q := series.Align(m.GDP, cpiQ)
	deflated := series.Combine(gdp, q, func(gdp, cpi float64) float64 { return gdp / cpi })
	deflated.Prov = append(append([]series.Provenance(nil), gdp.Prov...), q.Prov...)
	if m.RealGDP, err = splice(deflated, real.DropNaN(), "real GDP"); err != nil {
		return m, err
	}
	f := series.InnerJoin(m.RealGDP.Change(4).Named("g"), cpiQ.Change(4).Named("pi")).DropNaN()
	m.Growth, m.Inflation = f.Cols[0].InUnit(series.UnitDecimal), f.Cols[1].InUnit(series.UnitDecimal)
	return m, nil
}

// splice ratio-links early to late on the union of their dates
// (macro.RatioSplice: late from its first value on, early scaled to it
// before), named name, with the provenance of both.
func splice(early, late series.Series, name string) (series.Series, error) {
	f := series.OuterJoin(early, late)
	v, err := macro.RatioSplice(f.Cols[0].Values, f.Cols[1].Values)
	if err != nil {
		return series.Series{}, fmt.Errorf("inputs: USMacro: %s: %w", name, err)
	}
	out := f.Cols[1].WithValues(v).Named(name)
	out.Prov = append(append([]series.Provenance(nil), early.Prov...), late.Prov...)
	return out.DropNaN(), nil
}
