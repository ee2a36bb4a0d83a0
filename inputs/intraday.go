package inputs

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path"
	"strings"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/internal/must"
	"github.com/stockbond/sbcorr/series"
)

// FiveMinute is a stock and a bond observed every five minutes: the inputs
// of the daily stock-bond correlation of Hu, Jin & Pan ("A Tale of Two
// Days", AFA 2025), rho_t = corr(R_i^S, R_i^B | i in t), which
// dated.RealizedCorr(f.Stock, f.Bond, series.Daily, minObs) computes.
type FiveMinute struct {
	// Stock and Bond are the 5-minute log returns between consecutive
	// joint bars of the same session (decimals, not annualised), dated at
	// the later bar's start in the bars' time zone, frequency
	// series.Intraday. The return across the overnight break spans a gap
	// (series.SpansGap) and is left out, so every return lies within its
	// day; Stock.Days(series.AggSum) is the session's log return from its
	// first to its last close.
	Stock, Bond series.Series
	// Truth is, for a simulated pair (SimulatedFiveMinute), the true
	// correlation of each day, dated as dated.RealizedCorr dates its
	// result; it is empty for market data.
	Truth series.Series
}

// SPYTLT returns the 5-minute closes of SPY (S&P 500 ETF) and TLT (20+ year
// Treasury ETF) from Stooq's bulk files (datasets.ReadStooqIntraday: bar
// starts in New York time; 102 trading days, 24 February to 21 July 2025)
// as FiveMinute returns on the bars both files hold, named "SPY" and "TLT".
// Only closes are used, so the bad ticks Stooq's highs and lows carry do
// not matter. The files mix dividend-adjusted and raw prices; the seams
// between the two fall overnight, so no return used here mixes them, and
// SPYTLT returns an error naming the file and the day if a seam ever falls
// inside a session. It returns an error wrapping datasets.ErrNoData when a
// file is missing.
func SPYTLT() (FiveMinute, error) {
	var closes [2]series.Series
	for i, name := range []string{"spy", "tlt"} {
		c, err := sessionCloses("intraday/stooq_5min/" + name + ".us.txt")
		if err != nil {
			return FiveMinute{}, err
		}
		closes[i] = c
	}
	f := series.InnerJoin(closes[0], closes[1]).DropNaN()
	return fiveMinute(f.Cols[0], f.Cols[1]), nil
}

// sessionCloses reads a Stooq 5-minute file and returns its closes, named
// after the ticker ("SPY.US" as "SPY"), after checking that its dividend-adjustment seams fall
// between sessions.
func sessionCloses(rel string) (series.Series, error) {
	p, err := datasets.Locate("", rel)
	if err != nil {
		return series.Series{}, err
	}
	b, err := datasets.ReadStooqIntraday(p)
	if err != nil {
		return series.Series{}, err
	}
	c := b.CloseSeries()
	for _, i := range b.Seams() {
		if c.Adjacent(i) {
			return series.Series{}, fmt.Errorf("inputs: SPYTLT: %s: adjusted and raw prices meet inside the session of %s",
				path.Base(rel), b.Times[i].Format(time.DateOnly))
		}
	}
	return c.Named(strings.TrimSuffix(b.Ticker, ".US")), nil
}

// fiveMinute returns the within-session log returns of two price series
// on the same bars.
func fiveMinute(x, y series.Series) FiveMinute {
	rx, ry := series.Align(x.LogReturns(), y.LogReturns())
	return FiveMinute{Stock: rx, Bond: ry}
}

// SimulatedFiveMinute returns days simulated sessions of 78 five-minute log
// returns of two assets whose correlation on day d is a known Truth value,
// drawn uniformly on [-0.8, 0.6] (the range of the daily correlation of
// Hu, Jin & Pan): stock returns 0.12% x Z1, bond returns
// 0.08% x (rho Z1 + sqrt(1 - rho^2) Z2) with independent standard normal
// Z1, Z2, and an overnight jump of 1% x Z (stock) and -1% x Z (bond)
// between sessions, which the returns leave out as for market data. Prices
// start at 550 and 90; sessions are dated on consecutive calendar days from
// 3 January 2000, bars from 09:30 to 16:00 UTC. The draws come from src
// (rand.NewPCG(seed, 2025) gives the same pair on every machine). It panics
// unless days >= 1 and src is not nil.
func SimulatedFiveMinute(days int, src rand.Source) FiveMinute {
	must.NotNil("inputs: SimulatedFiveMinute", "src", src)
	if days < 1 {
		panic(fmt.Sprintf("inputs: SimulatedFiveMinute: %d days", days))
	}
	rng := rand.New(src)
	lx, ly := math.Log(550.0), math.Log(90.0)
	var at []time.Time
	var px, py []float64
	truth := make([]float64, days)
	for d := range days {
		rho := -0.8 + 1.4*rng.Float64()
		truth[d] = rho
		open := series.Date(2000, 1, 3).AddDate(0, 0, d).Add(9*time.Hour + 30*time.Minute)
		for b := range 79 {
			if b > 0 {
				u, v := rng.NormFloat64(), rng.NormFloat64()
				lx += 0.0012 * u
				ly += 0.0008 * (rho*u + math.Sqrt(1-rho*rho)*v)
			}
			at = append(at, open.Add(time.Duration(5*b)*time.Minute))
			px, py = append(px, math.Exp(lx)), append(py, math.Exp(ly))
		}
		lx, ly = lx+0.01*rng.NormFloat64(), ly-0.01*rng.NormFloat64()
	}
	price := func(name string, v []float64) series.Series {
		return series.Series{Name: name, Unit: series.UnitPrice, Freq: series.Intraday, Dates: at, Values: v}
	}
	f := fiveMinute(price("stock (simulated)", px), price("bond (simulated)", py))
	f.Truth = series.Series{Name: "true correlation", Unit: series.UnitDecimal, Freq: series.Daily,
		Dates: f.Stock.Days(series.AggCount).Dates, Values: truth}
	return f
}
