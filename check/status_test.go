package check

import (
	"math"
	"strings"
	"testing"
)

// statusOf returns the status of the only row of the table built by add.
func statusOf(add func(*Comparison)) Status {
	t := New("t")
	add(t)
	return t.Rows[0].Status()
}

func TestStatusFollowsTheConstructor(t *testing.T) {
	for name, c := range map[string]struct {
		add  func(*Comparison)
		want Status
	}{
		"printed":                  {func(t *Comparison) { t.AddPrinted("r", "38.2%", 0.382) }, Reproduced},
		"printed, wide digit":      {func(t *Comparison) { t.AddPrinted("r", "0.1", 0.1) }, Reproduced},
		"printed, out of tol":      {func(t *Comparison) { t.AddPrinted("r", "0.1", 5) }, Reproduced},
		"add, tight":               {func(t *Comparison) { t.Add("r", 0.3, 0.31, 0.02, Percent(1)) }, Reproduced},
		"add, loose":               {func(t *Comparison) { t.Add("r", 0.3, 0.31, 0.35, Percent(1)) }, Consistent},
		"range":                    {func(t *Comparison) { t.AddRange("r", 0.29, 0.31, 0.3, Percent(0)) }, Consistent},
		"condition":                {func(t *Comparison) { t.AddCondition("r", true) }, Consistent},
		"not reproduced":           {func(t *Comparison) { t.AddNotReproduced("r", 0.5, 0.08, 0.1, Percent(1), "data") }, NotReproduced},
		"range not reproduced":     {func(t *Comparison) { t.AddRangeNotReproduced("r", 0.5, 1, 0.08, Percent(1), "data") }, NotReproduced},
		"condition not reproduced": {func(t *Comparison) { t.AddConditionNotReproduced("r", false, "data") }, NotReproduced},
		"skipped":                  {func(t *Comparison) { t.AddPrinted("r", "1.0", math.NaN()).Skip("no data") }, NotAttempted},
		"table not attempted":      {func(t *Comparison) { t.NotAttempted("synthetic").AddPrinted("r", "1.0", 3) }, NotAttempted},
		"not attempted wins":       {func(t *Comparison) { t.AddNotReproduced("r", 1, 3, 0.1, Decimals(1), "data").NotAttempted("synthetic") }, NotAttempted},
	} {
		if got := statusOf(c.add); got != c.want {
			t.Errorf("%s: status %v, want %v", name, got, c.want)
		}
	}
}

func TestLooseLimitEdges(t *testing.T) {
	for _, c := range []struct {
		name         string
		source, tol  float64
		f            Format
		wantReprod   bool
		wantLimitAbs float64
	}{
		{"percent at 10 pts", 0.6, 0.10, Percent(1), true, 0.10},
		{"percent above 10 pts", 0.6, 0.1001, Percent(1), false, 0.10},
		{"percent, source 0", 0, 0.10, Percent(2), true, 0.10},
		{"plain at 25%", 2, 0.5, Decimals(2), true, 0.5},
		{"plain above 25%", 2, 0.5001, Decimals(2), false, 0.5},
		{"plain, negative source", -2, 0.5, Decimals(2), true, 0.5},
		{"plain, negative source, above", -2, 0.5001, Decimals(2), false, 0.5},
		{"bp at 25%", 0.0050, 0.00125, BP(1), true, 0.00125},
		{"bp above 25%", 0.0050, 0.0013, BP(1), false, 0.00125},
		{"source 0: absolute", 0, 0.25, Decimals(2), true, 0.25},
		{"source 0: absolute, above", 0, 0.2501, Decimals(2), false, 0.25},
		{"source below 1e-9: absolute", 1e-10, 0.2, BP(1), true, 0.25},
		{"source 1e-9: relative", 1e-9, 1e-9, Decimals(2), false, 2.5e-10},
	} {
		if got := LooseLimit(c.source, c.f); math.Abs(got-c.wantLimitAbs) > 1e-15 {
			t.Errorf("%s: LooseLimit = %v, want %v", c.name, got, c.wantLimitAbs)
		}
		tab := New("t").Add("r", c.source, c.source, c.tol, c.f)
		if got := tab.Rows[0].Status() == Reproduced; got != c.wantReprod {
			t.Errorf("%s: reproduced = %v, want %v (status %v)", c.name, got, c.wantReprod, tab.Rows[0].Status())
		}
	}
}

func TestLabelPrintsTheWidth(t *testing.T) {
	tab := New("t").
		Add("pts", 0.05, 0.2, 0.35, Percent(1)).
		Add("noise", 0.05, 0.2, 0.17, Percent(2)). // 0.17*100 is 17.000000000000004
		Add("bp", 0.0010, 0.0011, 0.00125, BP(1)).
		Add("plain", 2, 2.1, 0.6, Decimals(2)).
		Add("tight", 2, 2.1, 0.2, Decimals(2)).
		AddRange("range", 0, 1, 0.5, Percent(0)).
		AddCondition("cond", true).
		AddNotReproduced("nr", 1, 3, 0.1, Decimals(1), "why").
		AddPrinted("na", "1", 1).Skip("no data")
	want := []string{"consistent (±35 pts)", "consistent (±17 pts)", "consistent (±12.5 bp)", "consistent (±0.6)",
		"reproduced", "consistent (range)", "consistent (condition)", "not reproduced", "not attempted"}
	for i, r := range tab.Rows {
		if got := r.Label(); got != want[i] {
			t.Errorf("%s: label %q, want %q", r.Name, got, want[i])
		}
	}
}

func TestNotReproducedRowsDoNotFail(t *testing.T) {
	tab := New("t").
		AddNotReproduced("value", 0.5, 0.083, 0.1, Percent(1), "different data").
		AddRangeNotReproduced("range", 0.5, 1, 0.083, Percent(1), "different data").
		AddConditionNotReproduced("cond", false, "different data")
	if err := tab.Err(); err != nil {
		t.Fatalf("not-reproduced rows outside their claim fail: %v", err)
	}
	tab.Must()
}

func TestNotReproducedRowInsideItsClaimFails(t *testing.T) {
	tab := New("Table 1").
		AddNotReproduced("value", 0.5, 0.45, 0.1, Percent(1), "different data").
		AddRangeNotReproduced("range", 0.5, 1, 0.6, Percent(1), "misprint").
		AddConditionNotReproduced("cond", true, "regime").
		AddNotReproduced("nan", 0.5, math.NaN(), 0.1, Percent(1), "different data")
	if n := len(tab.Failures()); n != 4 {
		t.Fatalf("%d failures, want 4", n)
	}
	msg := tab.Err().Error()
	for _, w := range []string{
		"value: marked not reproduced (different data) but ours 45.0% is inside the source's value 50.0% ± 10.000%",
		"range: marked not reproduced (misprint) but ours 60.0% is inside the source's range [50.0%, 100.0%]",
		"cond: marked not reproduced (regime) but ours holds is inside the source's statement",
		"nan: marked not reproduced but ours is NaN (use Skip",
		"build it with Add",
	} {
		if !strings.Contains(msg, w) {
			t.Errorf("Err lacks %q:\n%s", w, msg)
		}
	}
	if h := tab.HTML(); !strings.Contains(h, ">FAIL: not reproduced<") {
		t.Errorf("HTML does not mark the misfiled rows as failing:\n%s", h)
	}
}

func TestNotAttemptedRowsNeverFail(t *testing.T) {
	tab := New("t").NotAttempted("synthetic sample in use").
		AddPrinted("far off", "38.2%", 0.9).
		AddRange("NaN", 0, 1, math.NaN(), Percent(0)).
		AddCondition("false", false)
	tab.Add("row", 1, math.NaN(), 0.1, Decimals(1)).Skip("data absent")
	if err := tab.Err(); err != nil {
		t.Fatalf("not-attempted rows fail: %v", err)
	}
	for _, r := range tab.Rows {
		if r.OursText() != noOurs || r.DiffText() != "" || r.Status() != NotAttempted {
			t.Errorf("%s: ours %q, diff %q, status %v; want a dash, no diff, not attempted", r.Name, r.OursText(), r.DiffText(), r.Status())
		}
	}
	if r := tab.Rows[3]; r.Reason != "data absent" || r.NoteText() != "data absent" {
		t.Errorf("Skip after NotAttempted: reason %q", r.Reason)
	}
	if r := tab.Rows[0]; r.Reason != "synthetic sample in use" {
		t.Errorf("row added after NotAttempted: reason %q", r.Reason)
	}
}

func TestDeclarationsPanic(t *testing.T) {
	for name, f := range map[string]func(){
		"AddNotReproduced without reason":          func() { New("t").AddNotReproduced("x", 1, 2, 0.1, Decimals(1), "") },
		"AddNotReproduced, negative tol":           func() { New("t").AddNotReproduced("x", 1, 2, -1, Decimals(1), "r") },
		"AddRangeNotReproduced, empty range":       func() { New("t").AddRangeNotReproduced("x", 1, 0, 2, Decimals(1), "r") },
		"AddConditionNotReproduced without reason": func() { New("t").AddConditionNotReproduced("x", false, "") },
		"Skip on an empty table":                   func() { New("t").Skip("r") },
		"Skip without reason":                      func() { New("t").AddCondition("x", true).Skip("") },
		"NotAttempted without reason":              func() { New("t").NotAttempted("") },
		"At on an empty table":                     func() { New("t").At("Table 1") },
		"Cite on an empty table":                   func() { New("t").Cite(Paper, "Table 1") },
		"repeated row name":                        func() { New("t").AddCondition("x", true).AddPrinted("x", "1", 1) },
	} {
		func() {
			defer func() {
				r := recover()
				if s, ok := r.(string); !ok || !strings.HasPrefix(s, "check: ") {
					t.Errorf("%s: panic %v, want one starting with \"check: \"", name, r)
				}
			}()
			f()
		}()
	}
}

func TestHTMLColoursEachStatus(t *testing.T) {
	tab := New("t").
		AddPrinted("a", "1", 1).
		Add("b", 1, 1, 0.5, Decimals(0)).
		AddNotReproduced("c", 1, 3, 0.5, Decimals(0), "why").
		AddCondition("d", true).Skip("no data").
		AddPrinted("e", "1", 3)
	h := tab.HTML()
	for _, w := range []string{
		statusStyles[Reproduced] + `">reproduced<`,
		statusStyles[Consistent] + `">consistent (±0.5)<`,
		statusStyles[NotReproduced] + `">not reproduced<`,
		statusStyles[NotAttempted] + `">not attempted<`,
		failStyle + `">FAIL: reproduced<`,
	} {
		if !strings.Contains(h, w) {
			t.Errorf("HTML lacks %q:\n%s", w, h)
		}
	}
	if strings.Contains(statusStyles[NotReproduced], "#cf222e") {
		t.Error("a not-reproduced row is coloured as a failure")
	}
}

func TestNotAttemptedIf(t *testing.T) {
	a := New("a").NotAttemptedIf(false, "sample").AddPrinted("x", "1.0", 1)
	b := New("b").NotAttemptedIf(true, "sample").AddPrinted("x", "1.0", 7)
	if a.Rows[0].Status() != Reproduced || b.Rows[0].Status() != NotAttempted || b.Err() != nil {
		t.Fatalf("%v %v %v", a.Rows[0].Status(), b.Rows[0].Status(), b.Err())
	}
}

func TestAddOrNotReproduced(t *testing.T) {
	tab := New("t").AddOrNotReproduced("a", 0.5, 0.52, 0.05, Percent(1), "").
		AddOrNotReproduced("b", 0.5, 0.9, 0.05, Percent(1), "other data")
	if tab.Rows[0].Status() != Reproduced || tab.Rows[1].Status() != NotReproduced || tab.Err() != nil {
		t.Fatalf("%v %v %v", tab.Rows[0].Status(), tab.Rows[1].Status(), tab.Err())
	}
	if New("t").AddOrNotReproduced("c", 0.5, 0.51, 0.05, Percent(1), "stale").Err() == nil {
		t.Fatal("a reason on a reproduced number must fail")
	}
}
