package series

import (
	"math"
	"testing"
)

func TestQuantileType7(t *testing.T) {
	v := []float64{3, 1, nan, 4, 1, 5, 9, 2, 6}
	// numpy.quantile([3,1,4,1,5,9,2,6], [0, .2, .5, .8, 1]) = 1, 1.4, 3.5, 5.6, 9
	for _, c := range []struct{ p, want float64 }{{0, 1}, {0.2, 1.4}, {0.5, 3.5}, {0.8, 5.6}, {1, 9}} {
		if got := Quantile(v, c.p); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Quantile(%v) = %v, want %v", c.p, got, c.want)
		}
	}
	if got := Quantile([]float64{1, 2, math.Inf(1)}, 0.5); got != 2 {
		t.Errorf("median of [1 2 Inf] = %v, want 2", got)
	}
	if got := Quantile([]float64{math.Inf(-1), math.Inf(-1), 3}, 0.25); !math.IsInf(got, -1) {
		t.Errorf("quantile between two -Inf = %v", got)
	}
	if !math.IsNaN(Quantile([]float64{nan}, 0.5)) {
		t.Error("no values must give NaN")
	}
}

func TestSummariseHugeAndTinyValues(t *testing.T) {
	base := []float64{1, 2, 3, 4}
	ref, err := Summarise(base)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []float64{1e300, 1e-300, 1e-310} {
		v := make([]float64, len(base))
		for i, x := range base {
			v[i] = x * k
		}
		s, err := Summarise(v)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(s.Std/k-ref.Std) > 1e-12*ref.Std || math.Abs(s.Mean/k-ref.Mean) > 1e-12*ref.Mean {
			t.Errorf("k = %g: mean %g std %g, want %g %g times k", k, s.Mean, s.Std, ref.Mean, ref.Std)
		}
	}
	if _, err := Summarise([]float64{1, math.Inf(1)}); err == nil {
		t.Error("an infinite value must be an error")
	}
	if _, err := Summarise([]float64{1, nan}); err == nil {
		t.Error("one value must be an error")
	}
}

func TestSeriesSummaryDatesOfExtremes(t *testing.T) {
	s := ser("rho", []string{"2001-01-31", "2001-02-28", "2001-03-30", "2001-04-30"}, 0.2, -0.5, nan, 0.7)
	sum := s.Summary()
	if sum.N != 3 || sum.NaN != 1 || sum.Min != -0.5 || !sum.MinAt.Equal(day("2001-02-28")) || !sum.MaxAt.Equal(day("2001-04-30")) {
		t.Fatalf("%+v", sum)
	}
	if e := s.Years(1990, 1990).Summary(); e.N != 0 || !math.IsNaN(e.Mean) {
		t.Fatalf("empty selection: %+v", e)
	}
	if m := s.Mean(); math.Abs(m-0.4/3) > 1e-15 {
		t.Fatalf("mean %v", m)
	}
}
