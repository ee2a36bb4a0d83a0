package premia

import (
	"encoding/json"
	"math"
	"os"
	"slices"
	"testing"
)

// TestPeerPandas compares RollingInputs, MixHistory, BreakEvenSeries and
// ImpliedCorrSeries with pandas rolling estimates and an independent numpy
// solution of the implied correlation (testdata/peer_series.json, regenerate
// with testdata/gen_peer.py). null in the fixture is NaN.
func TestPeerPandas(t *testing.T) {
	raw, err := os.ReadFile("testdata/peer_series.json")
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Window         int
		SR, XS, Target float64
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	col := func(name string) []float64 {
		var v []*float64
		if err := json.Unmarshal(all[name], &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := make([]float64, len(v))
		for i, x := range v {
			out[i] = math.NaN()
			if x != nil {
				out[i] = *x
			}
		}
		return out
	}
	vs, vb, c := RollingInputs(col("rs"), col("rb"), p.Window, 12)
	xs := slices.Repeat([]float64{p.XS}, len(vs))
	s := MixHistory(xs, vs, vb, c, p.SR)
	ev, ec := make([]float64, len(vs)), make([]float64, len(vs))
	bv, bc := make([]float64, len(vs)), make([]float64, len(vs))
	for i := range vs {
		ev[i], ec[i], bv[i], bc[i] = s.Equity[i].Variance, s.Equity[i].Covariance, s.Bond[i].Variance, s.Bond[i].Covariance
	}
	implied, _ := ImpliedCorrSeries(xs, vs, vb, c, p.SR, p.Target)
	breakEven, _ := BreakEvenSeries(xs, vs, vb)
	for _, k := range []struct {
		name string
		got  []float64
		tol  float64
	}{
		{"vol_s", vs, 1e-12}, {"vol_b", vb, 1e-12}, {"corr", c, 1e-10},
		{"eq_var", ev, 1e-12}, {"eq_cov", ec, 1e-12}, {"bond_var", bv, 1e-12}, {"bond_cov", bc, 1e-12},
		{"break_even", breakEven, 1e-12}, {"implied", implied, 1e-9},
	} {
		want := col(k.name)
		defined := 0
		for i := range want {
			if math.IsNaN(want[i]) != math.IsNaN(k.got[i]) || math.Abs(want[i]-k.got[i]) > k.tol {
				t.Errorf("%s[%d]: ours %v, pandas/numpy %v", k.name, i, k.got[i], want[i])
			}
			if !math.IsNaN(want[i]) {
				defined++
			}
		}
		if defined < 100 {
			t.Errorf("%s: only %d defined values in the fixture", k.name, defined)
		}
	}
}
