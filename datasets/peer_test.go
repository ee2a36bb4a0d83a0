package datasets

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// peerSeries is a dated series of the pandas fixture (null = NaN).
type peerSeries struct {
	Dates  []string   `json:"dates"`
	Values []*float64 `json:"values"`
}

// series converts a fixture series.
func (p peerSeries) series(name string) series.Series {
	v := make([]float64, len(p.Values))
	for i, x := range p.Values {
		v[i] = math.NaN()
		if x != nil {
			v[i] = *x
		}
	}
	return series.Series{Name: name, Dates: days(p.Dates...), Values: v}
}

// TestPeerPandas compares the time-series operations with pandas on the
// seeded inputs of testdata/gen_peer.py (regenerate with
// /usr/bin/python3 datasets/testdata/gen_peer.py).
func TestPeerPandas(t *testing.T) {
	raw, err := os.ReadFile("testdata/peer_pandas.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	get := func(key string) series.Series {
		var p peerSeries
		if err := json.Unmarshal(fx[key], &p); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		return p.series(key)
	}
	a, b := get("input_a"), get("input_b")
	for _, tc := range []struct {
		key string
		got series.Series
	}{
		{"monthly_last_a", a.ResampleLast(series.Monthly)},
		{"weekly_last_a", a.ResampleLast(series.Weekly)},
		{"quarterly_last_b", b.ResampleLast(series.Quarterly)},
		{"monthly_mean_b", b.Aggregate(series.Monthly, series.AggMean)},
		{"quarterly_sum_a", a.Aggregate(series.Quarterly, series.AggSum)},
		{"simple_returns_a", a.SimpleReturns()},
		{"log_returns_a", a.LogReturns()},
		{"diff_b", b.Diff()},
		{"lag2_a", a.Lag(2)},
		{"ffill3_a", a.FillForward(3)},
	} {
		t.Run(tc.key, func(t *testing.T) {
			want := get(tc.key)
			if !sameDates(tc.got.Dates, want.Dates) {
				t.Fatalf("%d dates, pandas %d (first %v vs %v)", tc.got.Len(), want.Len(), tc.got.First(), want.First())
			}
			for i := range want.Values {
				g, w := tc.got.Values[i], want.Values[i]
				if math.IsNaN(g) != math.IsNaN(w) || math.Abs(g-w) > 1e-12*math.Max(1, math.Abs(w)) {
					t.Fatalf("%s: %v, pandas %v", want.Dates[i].Format("2006-01-02"), g, w)
				}
			}
		})
	}
	var inner, outer []string
	if json.Unmarshal(fx["inner_dates"], &inner) != nil || json.Unmarshal(fx["outer_dates"], &outer) != nil || len(inner) == 0 {
		t.Fatal("fixture join dates unreadable")
	}
	if !sameDates(series.InnerJoin(a, b).Dates, days(inner...)) || !sameDates(series.OuterJoin(a, b).Dates, days(outer...)) {
		t.Fatal("join calendars differ from pandas concat")
	}
	var jm struct {
		Dates []string  `json:"dates"`
		A     []float64 `json:"a"`
		B     []float64 `json:"b"`
	}
	if err := json.Unmarshal(fx["joint_monthly_last"], &jm); err != nil || len(jm.A) == 0 {
		t.Fatalf("fixture joint_monthly_last: %v", err)
	}
	j := series.InnerJoin(a, b).DropNaN().ResampleLast(series.Monthly)
	if !sameDates(j.Dates, days(jm.Dates...)) || !sameFloats(j.Cols[0].Values, jm.A) || !sameFloats(j.Cols[1].Values, jm.B) {
		t.Fatal("last joint observation per month differs from pandas")
	}
}
