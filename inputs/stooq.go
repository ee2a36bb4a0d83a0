package inputs

import (
	"time"

	"github.com/stockbond/sbcorr/datasets"
)

// Stooq5m is the 5-minute bars of one ETF (Stooq, intraday/stooq_5min),
// bar start times in New York, with the bars a user must know about before
// computing returns on them.
type Stooq5m struct {
	datasets.IntradayBars
	// Adjusted is the number of dividend-back-adjusted rows (the older
	// rows of the file; the later ones are raw prices).
	Adjusted int
	// SeamTimes are the start times of the bars whose return from the
	// previous bar mixes adjusted and raw prices (Bars.Seams).
	SeamTimes []time.Time
	// BadTickTimes are the start times of the bars flagged Bars.BadTick (an
	// implausible low, high or open; the close is kept).
	BadTickTimes []time.Time
}

// StooqBars reads intraday/stooq_5min/<ticker>.us.txt, ticker "spy" or
// "tlt" (datasets.ReadStooqIntraday: Warsaw stamps converted to New York
// time). It returns an error wrapping datasets.ErrNoData when the file is
// missing.
func StooqBars(ticker string) (Stooq5m, error) {
	p, err := datasets.Locate("", "intraday/stooq_5min/"+ticker+".us.txt")
	if err != nil {
		return Stooq5m{}, err
	}
	b, err := datasets.ReadStooqIntraday(p)
	if err != nil {
		return Stooq5m{}, err
	}
	out := Stooq5m{IntradayBars: b}
	for i, t := range b.Times {
		if b.Adjusted[i] {
			out.Adjusted++
		}
		if b.BadTick[i] {
			out.BadTickTimes = append(out.BadTickTimes, t)
		}
	}
	for _, i := range b.Seams() {
		out.SeamTimes = append(out.SeamTimes, b.Times[i])
	}
	return out, nil
}
