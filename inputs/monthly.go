package inputs

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// monthlyParBond returns the return of a constant-maturity 10-year par
// bond over each month (ParBond on the last joint S&P 500 / 10-year
// observation of the month, coupon carry included), dated on the 1st of
// the month, the convention of the Ken French and Shiller files. It never
// falls back to the synthetic sample: without the files it returns an
// error wrapping datasets.ErrNoData.
func monthlyParBond() (series.Series, error) {
	p, err := USWith(Options{Freq: series.Monthly, Bond: ParBond})
	if err != nil {
		return series.Series{}, err
	}
	if p.Synthetic {
		return series.Series{}, fmt.Errorf("inputs: FrenchIndustries: the S&P 500 or 10-year yield file is missing: %w", datasets.ErrNoData)
	}
	return p.Bond.AtPeriodStart(series.Monthly).Named("10Y par bond"), nil
}

// reindex returns s on the given dates: its value where it has an
// observation at that exact date, NaN with reason Missing elsewhere.
func reindex(s series.Series, dates []time.Time) series.Series {
	out := s
	out.Dates = dates
	out.Values = make([]float64, len(dates))
	out.Why = make([]series.Reason, len(dates))
	i := 0
	for k, d := range dates {
		for i < len(s.Dates) && s.Dates[i].Before(d) {
			i++
		}
		if i < len(s.Dates) && s.Dates[i].Equal(d) {
			out.Values[k], out.Why[k] = s.Values[i], s.Reason(i)
			continue
		}
		out.Values[k], out.Why[k] = math.NaN(), series.Missing
	}
	return out
}

// readFrench reads the Ken French Data Library file name (e.g.
// "12_Industry_Portfolios.CSV") of the data folder.
func readFrench(name string) (datasets.FrenchFile, error) {
	p, err := datasets.Locate("", "ken_french/"+name)
	if err != nil {
		return datasets.FrenchFile{}, err
	}
	return datasets.ReadFrench(p)
}
