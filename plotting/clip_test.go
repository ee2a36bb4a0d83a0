package plotting

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// A series spiky on one side only is cut on that side: the other side
// reaches the data's extreme, and the caption names the side cut; a series
// with no extreme beyond reach is not cut at all (no caption).
func TestClipOneSided(t *testing.T) {
	v := wave(400) // within [-0.3, 0.3]
	v[10], v[300] = 50, 80
	ts := TimeSeries{Series: []series.Series{{Name: "d", Dates: days(400), Values: v}}, Clip: 0.01}
	p := Must(ts.Plot())
	s := slices.Clone(v)
	sort.Float64s(s)
	hi := s[395] + (s[396]-s[395])*(0.99*399-395) // type 7 quantile
	lo := s[0]
	pad := Headroom * (hi - lo)
	if math.Abs(p.Y.Min-(lo-pad)) > 1e-12 || math.Abs(p.Y.Max-(hi+pad)) > 1e-12 {
		t.Errorf("y range [%v, %v], want [min %v, 99%% quantile %v] with headroom", p.Y.Min, p.Y.Max, lo, hi)
	}
	out := 0
	for _, x := range v {
		if x > hi {
			out++
		}
	}
	if want := fmt.Sprintf("%d of 400 values above the y range (the 99%% quantile)", out); p.X.Label.Text != want {
		t.Errorf("caption %q, want %q", p.X.Label.Text, want)
	}
	neg := slices.Clone(v)
	for i := range neg {
		neg[i] = -neg[i]
	}
	ts.Series[0].Values = neg
	if c := Must(ts.Plot()).X.Label.Text; c != fmt.Sprintf("%d of 400 values below the y range (the 1%% quantile)", out) {
		t.Errorf("caption of the mirrored series %q", c)
	}
	ts.Series[0].Values = wave(400)
	p = Must(ts.Plot())
	if p.X.Label.Text != "" || math.Abs(p.Y.Max-0.3*(1+2*Headroom)) > 0.01 {
		t.Errorf("a series without spikes: caption %q, y max %v, want none and the data's", p.X.Label.Text, p.Y.Max)
	}
}
