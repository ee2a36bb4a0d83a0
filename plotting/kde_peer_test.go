package plotting

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// TestKDEPeers compares Silverman with statsmodels' bw_silverman, KDE with
// scipy's gaussian_kde at that bandwidth and fdBins with numpy's "fd" bins
// (testdata/gen_kde.py).
func TestKDEPeers(t *testing.T) {
	b, err := os.ReadFile("testdata/kde.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		X, At, Density []float64
		Silverman      float64
		FDBins         int `json:"fd_bins"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	h := Silverman(ref.X)
	if math.Abs(h-ref.Silverman) > 1e-12*ref.Silverman {
		t.Errorf("Silverman = %.15g, statsmodels %.15g", h, ref.Silverman)
	}
	if n := fdBins(sortedCopy(ref.X)); n != ref.FDBins {
		t.Errorf("fdBins = %d, numpy %d", n, ref.FDBins)
	}
	for i, f := range KDE(ref.X, ref.Silverman, ref.At) {
		if math.Abs(f-ref.Density[i]) > 1e-10*math.Max(1, ref.Density[i]) {
			t.Errorf("KDE(%g) = %.15g, scipy %.15g", ref.At[i], f, ref.Density[i])
		}
	}
}
