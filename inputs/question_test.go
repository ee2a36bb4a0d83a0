package inputs

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// The "question of your own" of notebook 03 against pandas on the same
// files (testdata/gen_question30y.py): the rolling 36-month correlation of
// the S&P 500 with 30-year Treasury returns, at the end of 2024 and at its
// first date since 1990.
func TestQuestion30YearAgainstPandas(t *testing.T) {
	needData(t)
	b, err := os.ReadFile("testdata/question30y.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Date      string  `json:"date"`
		Rho       float64 `json:"rho"`
		Rho199001 float64 `json:"rho_1990_01"`
		Months    int     `json:"months"`
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	us, err := US(series.Monthly, 30)
	if err != nil {
		t.Fatal(err)
	}
	rho := dated.RollingCorr(us.Stock, us.Bond, 36).Years(1990, 0)
	i := rho.Index(series.Date(2024, 12, 31))
	if got := rho.Dates[i].Format("2006-01-02"); got != want.Date {
		t.Fatalf("last date %s, pandas %s", got, want.Date)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"end of 2024", rho.Values[i], want.Rho}, {"January 1990", rho.Values[0], want.Rho199001}} {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s: %.15f, pandas %.15f", c.name, c.got, c.want)
		}
	}
	if n := rho.Len() - rho.CountNaN(); n != want.Months {
		t.Errorf("%d months, pandas %d", n, want.Months)
	}
}
