package sbcorr

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

type hacCase struct {
	Lag         int       `json:"lag"`
	SmallSample bool      `json:"small_sample"`
	Coef        []float64 `json:"coef"`
	SE          []float64 `json:"se"`
	T           []float64 `json:"t"`
	P           []float64 `json:"p"`
	R2          float64   `json:"r2"`
	AdjR2       *float64  `json:"adj_r2"`
}

func readCSVColumns(t *testing.T, path string) [][]float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cols := make([][]float64, len(rows[0]))
	for i, row := range rows[1:] {
		for j, s := range row {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%s row %d: %v", path, i+2, err)
			}
			cols[j] = append(cols[j], v)
		}
	}
	return cols
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestOLSHACPeers compares OLSHAC with statsmodels and R sandwich on the
// fixture written by testdata/gen_hac.py and testdata/gen_hac.R.
func TestOLSHACPeers(t *testing.T) {
	cols := readCSVColumns(t, "testdata/hac_data.csv")
	y, x := cols[0], cols[1:]
	for _, file := range []string{"testdata/hac_statsmodels.json", "testdata/hac_sandwich.json"} {
		var fx struct {
			Source string    `json:"source"`
			Cases  []hacCase `json:"cases"`
		}
		readJSON(t, file, &fx)
		worst := 0.0
		for _, c := range fx.Cases {
			fit, err := OLSHAC(y, x, HAC{Lag: c.Lag, SmallSample: c.SmallSample})
			if err != nil {
				t.Fatal(err)
			}
			cmp := func(name string, got, want []float64) {
				for i := range want {
					d := math.Abs(got[i]-want[i]) / math.Max(1, math.Abs(want[i]))
					worst = max(worst, d)
					if d > 1e-8 {
						t.Errorf("%s lag=%d small=%v %s[%d]: %.12g want %.12g", file, c.Lag, c.SmallSample, name, i, got[i], want[i])
					}
				}
			}
			cmp("coef", fit.Coef, c.Coef)
			cmp("se", fit.StdErr, c.SE)
			cmp("r2", []float64{fit.R2}, []float64{c.R2})
			if c.T != nil {
				cmp("t", fit.TStat, c.T)
				cmp("p", fit.PValue, c.P)
				cmp("adjr2", []float64{fit.AdjR2}, []float64{*c.AdjR2})
			}
		}
		t.Logf("%s: max relative difference %.3g", fx.Source, worst)
	}
}

func TestOLSHACErrors(t *testing.T) {
	y := []float64{1, 2, 3, 4, 5}
	if _, err := OLSHAC(y, [][]float64{{1, 2, math.NaN(), 4, 5}}, HAC{}); err == nil {
		t.Error("NaN regressor: no error")
	}
	if _, err := OLSHAC(y, [][]float64{{1, 2, 3, 4, 5}, {2, 4, 6, 8, 10}}, HAC{}); err == nil {
		t.Error("collinear: no error")
	}
	if _, err := OLSHAC([]float64{1, 1, 1, 1}, [][]float64{{1, 2, 3, 5}}, HAC{}); err == nil {
		t.Error("constant y: no error")
	}
	if _, err := OLSHAC(y[:2], [][]float64{{1, 2}}, HAC{}); err == nil {
		t.Error("n <= k: no error")
	}
	if LagNW94(100) != 4 || LagNW94(708) != 6 || LagStockWatson(1000) != 7 {
		t.Errorf("lag rules: %d %d %d", LagNW94(100), LagNW94(708), LagStockWatson(1000))
	}
}
