package bond

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// TestMatchesQuantLib compares prices, accrued interest, yield to maturity,
// durations, convexity and DV01 of dated bonds (Settled) with QuantLib's
// BondFunctions (testdata/gen_peer.py writes testdata/peer.json).
func TestMatchesQuantLib(t *testing.T) {
	data, err := os.ReadFile("testdata/peer.json")
	if err != nil {
		t.Fatal(err)
	}
	var peer struct {
		QuantLib string
		Bonds    []struct {
			Settle, Maturity                    string
			Coupon, Yield                       float64
			Freq                                int
			Clean, Dirty, Accrued, YTM          float64
			Macaulay, Modified, Convexity, DV01 float64
		}
	}
	if err := json.Unmarshal(data, &peer); err != nil {
		t.Fatal(err)
	}
	for _, c := range peer.Bonds {
		settle, _ := time.Parse(time.DateOnly, c.Settle)
		mat, _ := time.Parse(time.DateOnly, c.Maturity)
		b, err := Settled(settle, mat, c.Coupon, c.Freq)
		if err != nil {
			t.Fatal(err)
		}
		name := c.Settle + " " + c.Maturity + " "
		clean, err := b.CleanPrice(c.Yield)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := b.Risk(c.Yield)
		y, err := b.YieldFromPrice(c.Clean)
		if err != nil {
			t.Fatal(err)
		}
		near(t, name+"accrued", b.Accrued(), c.Accrued, 1e-14)
		near(t, name+"clean", clean, c.Clean, 1e-12)
		near(t, name+"dirty", r.Price, c.Dirty, 1e-12)
		near(t, name+"yield from QuantLib's clean price", y, c.Yield, 1e-11)
		near(t, name+"Macaulay", r.Macaulay, c.Macaulay, 1e-9)
		near(t, name+"modified", r.Modified, c.Modified, 1e-9)
		near(t, name+"convexity", r.Convexity, c.Convexity, 1e-7)
		// QuantLib's basisPointValue is -(dP for +1 bp) to second order with
		// its convexity scaled by 1/100 (CashFlows::basisPointValue:
		// delta + gamma/2, gamma = convexity/100 * P * shift^2); our DV01 is
		// the first-order term alone.
		near(t, name+"DV01", r.DV01, c.DV01+0.5*c.Convexity/100*c.Dirty*1e-8, 1e-15)
	}
}
