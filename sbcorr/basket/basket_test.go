package basket

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/check"
)

// within fails the test unless got is within one unit of the last printed
// digit of printed (as the paper prints it, e.g. "-45.40%").
func within(t *testing.T, name, printed string, got float64) {
	t.Helper()
	p, err := check.ParsePrinted(printed)
	want, tol := p.Value, p.Tol
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if d := math.Abs(got - want); !(d <= tol*(1+1e-9)) {
		t.Errorf("%s: got %.6g, paper prints %s (|diff| %.3g > %.3g)", name, got, printed, d, tol)
	}
}

// The universe of Table 3 of Portelli & Roncalli (2024): four stocks and a
// bond, two blocks.
var (
	table3Vols = []float64{0.20, 0.10, 0.15, 0.25}
	table3Corr = mat.NewSymDense(4, []float64{
		1.00, 0.80, 0.25, 0.25,
		0.80, 1.00, 0.25, 0.25,
		0.25, 0.25, 1.00, 0.80,
		0.25, 0.25, 0.80, 1.00,
	})
	table3CorrB = []float64{-0.50, -0.30, 0.30, 0.40}
)

func TestTable3(t *testing.T) {
	for _, c := range []struct {
		w        []float64
		omega    [4]string
		rho, avg string
	}{
		{[]float64{0.5, 0.5, 0, 0}, [4]string{"69.84%", "34.92%", "0.00%", "0.00%"}, "-45.40%", "-40.00%"},
		{[]float64{0, 0, 0.5, 0.5}, [4]string{"0.00%", "0.00%", "39.39%", "65.65%"}, "38.08%", "35.00%"},
		{[]float64{0.25, 0.25, 0.25, 0.25}, [4]string{"37.33%", "18.67%", "28.00%", "46.67%"}, "2.80%", "-2.50%"},
	} {
		b, err := New(c.w, table3Vols, table3Corr, table3CorrB)
		if err != nil {
			t.Fatal(err)
		}
		for i, o := range b.Omega() {
			within(t, "Table 3 omega", c.omega[i], o)
		}
		within(t, "Table 3 rho_S,B", c.rho, b.Corr())
		within(t, "Table 3 average", c.avg, b.AverageCorr())
		if d := b.Leverage() - b.DiversificationRatio(); math.Abs(d) > 1e-14 || b.Leverage() < 1 {
			t.Errorf("leverage %v, DR %v", b.Leverage(), b.DiversificationRatio())
		}
	}
}

func TestBadBasket(t *testing.T) {
	for _, c := range []struct {
		name  string
		w     []float64
		corrB []float64
		want  string
	}{
		{"weights", []float64{0.5, 0.5, 0.5, 0}, table3CorrB, "sum to"},
		{"rho>1", []float64{0.25, 0.25, 0.25, 0.25}, []float64{-0.5, -0.3, 0.3, 1.4}, "> 1"},
		{"psd", []float64{0.25, 0.25, 0.25, 0.25}, []float64{-0.9, 0.9, 0.3, 0.4}, "positive semi-definite"},
	} {
		if _, err := New(c.w, table3Vols, table3Corr, c.corrB); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: want error with %q, got %v", c.name, c.want, err)
		}
	}
	if _, err := New(EqualWeight(4), []float64{0.2, -0.1, 0.15, 0.25}, table3Corr, table3CorrB); err == nil || !strings.Contains(err.Error(), "negative") {
		t.Errorf("negative volatility: got %v", err)
	}
}

func TestConcentration(t *testing.T) {
	// equal volatilities, zero correlations: omega_i = w_i / sqrt(H)
	// (appendix A.5.3)
	n := 5
	w := []float64{0.4, 0.3, 0.15, 0.1, 0.05}
	vols := []float64{0.2, 0.2, 0.2, 0.2, 0.2}
	id := mat.NewSymDense(n, nil)
	for i := range n {
		id.SetSym(i, i, 1)
	}
	b, err := New(w, vols, id, make([]float64, n))
	if err != nil {
		t.Fatal(err)
	}
	h := 0.16 + 0.09 + 0.0225 + 0.01 + 0.0025
	if math.Abs(b.Herfindahl()-h) > 1e-15 || math.Abs(b.EquivalentBets()-1/h) > 1e-12 {
		t.Errorf("H = %v, want %v", b.Herfindahl(), h)
	}
	for i, o := range b.Omega() {
		if math.Abs(o-w[i]/math.Sqrt(h)) > 1e-14 {
			t.Errorf("omega_%d = %v, want %v", i+1, o, w[i]/math.Sqrt(h))
		}
	}
	if b.CrossSectionalVol() != 0 || math.Abs(b.Leverage()-1/math.Sqrt(h)) > 1e-14 {
		t.Errorf("CSV %v leverage %v", b.CrossSectionalVol(), b.Leverage())
	}
	for _, c := range []struct {
		m    int
		want float64
	}{{1, 0.4}, {2, 0.7}, {5, 1}} {
		if got := b.Concentration(c.m); math.Abs(got-c.want) > 1e-14 {
			t.Errorf("Omega_%d = %v, want %v", c.m, got, c.want)
		}
	}
	for _, c := range []struct {
		alpha float64
		want  int
	}{{0.25, 1}, {0.4, 1}, {0.5, 2}, {0.75, 3}, {0.9, 4}, {1, 5}} {
		if got := b.Eta(c.alpha); got != c.want {
			t.Errorf("eta_%v = %d, want %d", c.alpha, got, c.want)
		}
	}
	// CSV is the population standard deviation of the volatilities
	b, _ = New(EqualWeight(4), table3Vols, table3Corr, table3CorrB)
	if got := b.CrossSectionalVol(); math.Abs(got-math.Sqrt(0.003125)) > 1e-15 {
		t.Errorf("CSV = %v", got)
	}
	if math.Abs(b.Phi()-b.CrossSectionalVol()/b.Vol()) > 1e-15 {
		t.Error("phi != CSV / sigma_S")
	}
}

// Appendix A.7: the change of the aggregate correlation when weights drift
// with returns equals sum omega_i(t) (xi_i rho_iB(t+1) - rho_iB(t)).
func TestCorrChange(t *testing.T) {
	w := []float64{0.4, 0.1, 0.3, 0.2}
	prev, err := New(w, table3Vols, table3Corr, table3CorrB)
	if err != nil {
		t.Fatal(err)
	}
	ret := []float64{0.05, -0.02, 0.10, -0.07}
	corr := mat.NewSymDense(4, []float64{
		1.00, 0.70, 0.30, 0.20,
		0.70, 1.00, 0.20, 0.30,
		0.30, 0.20, 1.00, 0.75,
		0.20, 0.30, 0.75, 1.00,
	})
	next, err := New(Drift(w, ret), []float64{0.22, 0.12, 0.14, 0.27}, corr, []float64{-0.4, -0.35, 0.2, 0.45})
	if err != nil {
		t.Fatal(err)
	}
	contrib, total := CorrChange(prev, next, ret)
	if want := next.Corr() - prev.Corr(); math.Abs(total-want) > 1e-14 {
		t.Errorf("Delta rho = %v, direct %v", total, want)
	}
	s := 0.0
	for _, c := range contrib {
		s += c
	}
	if math.Abs(s-total) > 1e-15 {
		t.Error("contributions do not sum to the total")
	}
	// constant volatilities: xi_i = (1 + R_i) / (1 + R_S)
	same, _ := New(Drift(w, ret), table3Vols, table3Corr, table3CorrB)
	xi := Xi(prev, same, ret)
	rs := dot(w, ret)
	for i := range xi {
		want := (1 + ret[i]) / (1 + rs) * prev.Vol() / same.Vol()
		if math.Abs(xi[i]-want) > 1e-14 {
			t.Errorf("xi_%d = %v, want %v", i+1, xi[i], want)
		}
	}
}
