package dated

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr/curve"
	"github.com/stockbond/sbcorr/series"
)

// SvenssonCols names the columns of SvenssonFits, in order: the
// parameters of curve.Svensson (b0..b3 decimals, tau1 and tau2 in years)
// and the fit's curve.Diagnostics (rmse and max_abs decimals, max_at the
// maturity in years of the largest error).
var SvenssonCols = []string{"b0", "b1", "b2", "b3", "tau1", "tau2", "rmse", "max_abs", "max_at"}

// SvenssonFits is a history of Nelson-Siegel-Svensson curve fits
// (FitSvenssonHistory): a frame with one row per date and the columns
// SvenssonCols, NaN with reason series.Undefined on a date the fitter
// could not fit (too few tenors quoted). Its selections keep the type
// (ResampleLast); Curve and Curves rebuild the fitted curves.
type SvenssonFits struct{ series.Frame }

// FitSvenssonHistory fits a Svensson curve to every row of yields, a frame
// whose column j holds the yields (decimals; NaN where not quoted) at
// maturity m[j] years, with curve.FitSvenssonHistory and opt (par yields
// or zero rates, bounds, fixed taus) on all cores. The result does not
// depend on the number of cores. It panics when len(m) differs from the
// number of columns.
func FitSvenssonHistory(m []float64, yields series.Frame, opt curve.FitOptions) SvenssonFits {
	if len(m) != len(yields.Cols) {
		panic(fmt.Sprintf("dated: FitSvenssonHistory: %d maturities for %d columns", len(m), len(yields.Cols)))
	}
	cols := yields.Floats()
	rows := make([][]float64, yields.Len())
	for i := range rows {
		rows[i] = make([]float64, len(m))
		for j := range m {
			rows[i][j] = cols[j][i]
		}
	}
	params, diag, errs := curve.FitSvenssonHistory(m, rows, opt, 0)
	v := make([][]float64, len(SvenssonCols))
	why := make([]series.Reason, len(rows))
	for i, p := range params {
		d := diag[i]
		row := []float64{p.B0, p.B1, p.B2, p.B3, p.Tau1, p.Tau2, d.RMSE, d.MaxAbs, d.MaxAt}
		for k := range row {
			if errs[i] != nil {
				row[k], why[i] = math.NaN(), series.Undefined
			}
			v[k] = append(v[k], row[k])
		}
	}
	out := make([]series.Series, len(SvenssonCols))
	for k, name := range SvenssonCols {
		out[k] = series.New(name, yields.Dates, v[k]).WithWhy(why)
		out[k].Freq, out[k].Unit = freqOf(yields), series.UnitDecimal
		if name == "tau1" || name == "tau2" || name == "max_at" {
			out[k].Unit = series.UnitYears
		}
		for _, c := range yields.Cols {
			out[k].Prov = append(out[k].Prov, c.Prov...)
		}
	}
	return SvenssonFits{series.NewFrame(yields.Dates, out...)}
}

// freqOf returns the frequency of the frame's first column ("" without
// columns).
func freqOf(f series.Frame) series.Freq {
	if len(f.Cols) == 0 {
		return ""
	}
	return f.Cols[0].Freq
}

// Curve returns the fitted curve of row i (NaN parameters on a date that
// was not fitted).
func (f SvenssonFits) Curve(i int) curve.Svensson {
	c := func(k int) float64 { return f.Cols[k].Values[i] }
	return curve.Svensson{B0: c(0), B1: c(1), B2: c(2), B3: c(3), Tau1: c(4), Tau2: c(5)}
}

// Curves returns the fitted curve of every row, e.g. the input of
// curve.MonthlyGrid for the ACM model.
func (f SvenssonFits) Curves() []curve.Zero {
	out := make([]curve.Zero, f.Len())
	for i := range out {
		out[i] = f.Curve(i)
	}
	return out
}

// ResampleLast returns the fits on the last fitted date of each period of
// frequency freq (series.Frame.ResampleLast), e.g. month-end curves.
func (f SvenssonFits) ResampleLast(freq series.Freq) SvenssonFits {
	return SvenssonFits{f.Frame.ResampleLast(freq)}
}

// Years returns the fits dated in calendar years from to to.
func (f SvenssonFits) Years(from, to int) SvenssonFits { return SvenssonFits{f.Frame.Years(from, to)} }
