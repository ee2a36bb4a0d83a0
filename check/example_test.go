package check_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/check"
)

// The break-even correlation of a 60/40 portfolio with sigma_S = 15% and
// sigma_B = 4% (Portelli & Roncalli 2024, Figure 2) against the printed -17.78%.
func Example() {
	xB, sigmaS, sigmaB := 0.40, 0.15, 0.04
	ours := -(xB / (1 - xB)) * sigmaB / sigmaS
	t := check.New("Break-even correlation").From(check.Paper, "Figure 2").
		AddPrinted("break-even rho", "-17.78%", ours)
	fmt.Print(t)
	fmt.Println("error:", t.Err())
	// Output:
	// Break-even correlation
	// Source: Portelli & Roncalli (2024), Figure 2
	//                 source   ours     diff     tol      status      note
	// break-even rho  -17.78%  -17.78%  0.0022%  0.0100%  reproduced
	// error: <nil>
}

// Empirical facts on other data than the source's: an interval and a
// statement, each checked and printed as such, both "consistent".
func ExampleComparison_AddRange() {
	corr := -0.34
	t := check.New("Section 3.2.1 facts").From(check.Paper, "Section 3.2.1").
		AddRange("share of months 2000-2020 with a negative bond premium", 0.5, 1, 0.74, check.Percent(0)).
		AddCondition("stock-bond correlation 2000-2019 < 0", corr < 0)
	fmt.Print(t)
	// Output:
	// Section 3.2.1 facts
	// Source: Portelli & Roncalli (2024), Section 3.2.1
	//                                                         source       ours   diff   tol    status                  note
	// share of months 2000-2020 with a negative bond premium  [50%, 100%]  74%    0.00%  range  consistent (range)
	// stock-bond correlation 2000-2019 < 0                    holds        holds                consistent (condition)
}

// A check cell with every status: the table names its source once, a row
// from another place or document overrides it, and the status of each row
// follows from the method that added it.
func ExampleComparison_AddNotReproduced() {
	t := check.New("Section 3.1: the US stock-bond correlation").From(check.Paper, "Figure 17")
	t.AddPrinted("1980-1999 average", "34.2%", 0.3418)                      // reproduced
	t.Add("2000-2019 average", -0.337, -0.301, 0.05, check.Percent(1))      // reproduced: 5 pts
	t.Add("2021-2023 local", 0.0583, 0.20, 0.35, check.Percent(1))          // consistent: 35 pts
	t.AddRange("sign since 2022", 0, 1, 0.31, check.Percent(0)).At("p. 71") // consistent
	t.AddRangeNotReproduced("implied correlation since 1990", 0.5, 1, 0.083, check.Percent(1),
		"our bond premium is smaller").At("Figure 30")
	t.AddPrinted("2000-2019 slope", "-0.21", 0).Skip("no data").Cite(check.CSCNote, "Figure 3")
	fmt.Print(t)
	fmt.Println("error:", t.Err())
	// Output:
	// Section 3.1: the US stock-bond correlation
	// Source: Portelli & Roncalli (2024)
	//                                 source           ours    diff      tol      status                where                                    note
	// 1980-1999 average               34.2%            34.2%   -0.020%   0.100%   reproduced            Figure 17
	// 2000-2019 average               -33.7%           -30.1%  3.600%    5.000%   reproduced            Figure 17
	// 2021-2023 local                 5.8%             20.0%   14.170%   35.000%  consistent (±35 pts)  Figure 17
	// sign since 2022                 [0%, 100%]       31%     0.00%     range    consistent (range)    p. 71
	// implied correlation since 1990  [50.0%, 100.0%]  8.3%    -41.700%  range    not reproduced        Figure 30                                our bond premium is smaller
	// 2000-2019 slope                 -0.21            –                 0.0100   not attempted         Zhou & Jiang (2025), CSC note, Figure 3  no data
	// error: <nil>
}

// With the synthetic sample in use, the same rows are built but compare
// nothing: every row is "not attempted", with the reason.
func ExampleComparison_NotAttempted() {
	synthetic := true
	t := check.New("Table 24").From(check.Paper, "Table 24")
	if synthetic {
		t.NotAttempted("synthetic sample in use")
	}
	t.AddPrinted("1980-1999 Pearson", "34.2%", 0.52)
	fmt.Print(t)
	fmt.Println("error:", t.Err())
	// Output:
	// Table 24
	// Source: Portelli & Roncalli (2024), Table 24
	//                    source  ours  diff  tol     status         note
	// 1980-1999 Pearson  34.2%   –           0.100%  not attempted  synthetic sample in use
	// error: <nil>
}

// The loose limit: 10 percentage points in percent format, else a quarter
// of |source| (0.25 in the row's units around zero).
func ExampleLooseLimit() {
	fmt.Println(check.LooseLimit(-0.337, check.Percent(1)))
	fmt.Println(check.LooseLimit(-2, check.Decimals(2)))
	fmt.Println(check.LooseLimit(0, check.BP(1)))
	// Output:
	// 0.1
	// 0.5
	// 0.25
}

// The machine-readable rows of a table, as notebooks emit them.
func ExampleComparison_Records() {
	t := check.New("Figure 2").From(check.Paper, "Figure 2").AddPrinted("break-even rho", "-17.78%", -0.1778)
	fmt.Println(string(check.RecordsJSON(t.Records("00_quickstart"))))
	// Output:
	// {"version":1,"rows":[{"key":"00_quickstart/Figure 2/break-even rho","notebook":"00_quickstart","table":"Figure 2","row":"break-even rho","doc":"portelli-roncalli-2024","place":"Figure 2","status":"reproduced","label":"reproduced","pass":true,"claim":"value","source":-0.1778,"ours":-0.1778,"tol":0.0001,"format":"Percent(2)","source_text":"-17.78%","ours_text":"-17.78%","tol_text":"0.0100%","note":"","reason":""}]}
}

// A notebook's scoreboard: counts per status, the rows not reproduced and
// why, the reasons rows were not attempted.
func ExampleScoreboard() {
	a := check.New("Table 1").From(check.Paper, "Table 1").
		AddPrinted("pi_B", "-0.40%", -0.0040).
		AddNotReproduced("pi_S", 0.05, 0.031, 0.01, check.Percent(1), "shorter sample")
	b := check.New("Table 24").NotAttempted("synthetic sample in use").AddCondition("negative", true)
	recs := append(a.Records("05_risk_premia"), b.Records("05_risk_premia")...)
	fmt.Print(check.Scoreboard{Notebook: "05_risk_premia", Records: recs})
	// Output:
	// Scoreboard of 05_risk_premia: 3 check rows in 2 tables
	//   reproduced         1  to the printed digit, or within a tight tolerance
	//   consistent         0  within a loose tolerance, a range, or a statement that holds
	//   not reproduced     1  computed, outside the source's claim, for the reason given
	//   not attempted      1  no value of ours (data absent, synthetic sample)
	// not reproduced: Table 1 / pi_S (Portelli & Roncalli (2024), Table 1): source 5.0%, ours 3.1%: shorter sample
	// not attempted: 1 rows: synthetic sample in use
}
