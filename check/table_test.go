package check

import (
	"math"
	"strings"
	"testing"
)

func TestParsePrinted(t *testing.T) {
	for _, c := range []struct {
		in       string
		value    float64
		tol      float64
		format   Format
		hasError bool
	}{
		{"38.2%", 0.382, 0.001, Percent(1), false},
		{"-17.78%", -0.1778, 0.0001, Percent(2), false},
		{" 7.75 ", 7.75, 0.01, Decimals(2), false},
		{"−0.40", -0.40, 0.01, Decimals(2), false},
		{"51", 51, 1, Decimals(0), false},
		{"1,234.5", 1234.5, 0.1, Decimals(1), false},
		{"65.20", 65.20, 0.01, Decimals(2), false},
		{"", 0, 0, Format{}, true},
		{"%", 0, 0, Format{}, true},
		{"abc", 0, 0, Format{}, true},
		{"1e-3", 0, 0, Format{}, true},
		{"NaN", 0, 0, Format{}, true},
	} {
		p, err := ParsePrinted(c.in)
		v, tol, f := p.Value, p.Tol, p.Format
		if (err != nil) != c.hasError {
			t.Errorf("ParsePrinted(%q): error %v, want error %v", c.in, err, c.hasError)
			continue
		}
		if c.hasError {
			continue
		}
		if math.Abs(v-c.value) > 1e-15 || math.Abs(tol-c.tol) > 1e-15 || f != c.format {
			t.Errorf("ParsePrinted(%q) = %v, %v, %+v; want %v, %v, %+v", c.in, v, tol, f, c.value, c.tol, c.format)
		}
	}
}

func TestToleranceIsOneUnitOfTheLastPrintedDigit(t *testing.T) {
	for _, c := range []struct {
		printed string
		ours    float64
		ok      bool
	}{
		{"38.2%", 0.382, true},
		{"38.2%", 0.3829, true},  // 38.29% is within 0.1 point
		{"38.2%", 0.3831, false}, // 38.31% is not
		{"38.2%", 0.3811, true},
		{"38.2%", 0.3809, false},
		{"-17.78%", -0.17779, true},
		{"-17.78%", -0.1776, false},
		{"2.37", 2.374, true},
		{"2.37", 2.381, false},
		{"2.37", math.NaN(), false},
	} {
		tab := New("t").AddPrinted("row", c.printed, c.ours)
		if got := tab.Rows[0].OK(); got != c.ok {
			t.Errorf("printed %s, ours %v: OK = %v, want %v", c.printed, c.ours, got, c.ok)
		}
	}
}

func TestErrAndMustNameTheFailingRows(t *testing.T) {
	tab := New("Table 5").
		AddPrinted("EW", "-39.23%", -0.39231).
		AddPrinted("MV", "-36.74%", -0.3690).
		Add("R^2", 0.4872, 0.52, 0.05, Percent(2))
	if len(tab.Failures()) != 1 || tab.Failures()[0].Name != "MV" {
		t.Fatalf("failures %+v, want only MV", tab.Failures())
	}
	err := tab.Err()
	if err == nil {
		t.Fatal("Err returned nil with a failing row")
	}
	for _, want := range []string{`"Table 5"`, "1 of 3 rows", "MV: source -36.74%, ours -36.90%"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), "MV") {
			t.Errorf("Must did not panic naming MV: %v", r)
		}
	}()
	tab.Must()
}

func TestPassingTable(t *testing.T) {
	tab := New("ok").AddPrinted("a", "51", 51.3).Note("rounded")
	if err := tab.Err(); err != nil {
		t.Fatal(err)
	}
	tab.Must()
	if tab.Rows[0].Note != "rounded" {
		t.Error("Note not attached to the last row")
	}
}

func TestRenderings(t *testing.T) {
	tab := New("T <1>").AddPrinted("good", "38.2%", 0.382).AddPrinted("bad", "1.00", 2)
	h := tab.HTML()
	for _, want := range []string{"T &lt;1&gt;", "38.2%", ">FAIL: reproduced<", ">reproduced<"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	md := tab.Markdown()
	if !strings.Contains(md, "| bad | 1.00 | 2.00 | 1.0000 | 0.0100 | FAIL: reproduced |") {
		t.Errorf("Markdown row wrong:\n%s", md)
	}
	if s := tab.String(); !strings.Contains(s, "good") || !strings.Contains(s, "FAIL") {
		t.Errorf("String lacks rows:\n%s", s)
	}
}

func TestFormats(t *testing.T) {
	if got := BP(1).Value(0.0125); got != "125.0 bp" {
		t.Errorf("BP(1).Value(0.0125) = %q", got)
	}
	if got := Percent(2).Value(math.NaN()); got != "NaN" {
		t.Errorf("NaN prints %q", got)
	}
	if got := (Format{Kind: 7}).String(); got != "Decimals(0)" {
		t.Errorf("unknown kind prints %q", got)
	}
}

// A value that rounds to zero prints without a sign (tables
// printed "-0.0000 bp"), a value that does not keeps it.
func TestNegativeZeroPrintsWithoutSign(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{BP(4).Value(-1e-12), "0.0000 bp"},
		{BP(2).Diff(-1e-12), "0.0000 bp"},
		{Percent(1).Value(-0.0004), "0.0%"},
		{Decimals(2).Value(math.Copysign(0, -1)), "0.00"},
		{Decimals(0).Value(-0.4), "0"},
		{Percent(1).Value(-0.0006), "-0.1%"},
		{Decimals(2).Value(-0.005001), "-0.01"},
		{BP(0).Value(-1e-3), "-10 bp"},
	} {
		if c.got != c.want {
			t.Errorf("printed %q, want %q", c.got, c.want)
		}
	}
}

func TestAddPanicsOnBadArguments(t *testing.T) {
	for name, f := range map[string]func(){
		"negative tol": func() { New("t").Add("x", 1, 1, -1, Decimals(0)) },
		"bad printed":  func() { New("t").AddPrinted("x", "n/a", 1) },
		"empty note":   func() { New("t").Note("x") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// TestTinyToleranceIsPrinted checks that a tolerance below the column's
// decimals prints in scientific notation in the row's unit, not as zero.
func TestTinyToleranceIsPrinted(t *testing.T) {
	c := New("identities")
	c.Add("percent", 0.02, 0.02, 1e-15, Percent(3))
	c.Add("plain", 9e-4, 9e-4, 1e-17, Decimals(6))
	c.Add("visible", 0.5, 0.5, 0.01, Percent(1))
	for i, want := range []string{"1e-13%", "1e-17", "1.000%"} {
		if got := c.Rows[i].TolText(); got != want {
			t.Errorf("row %d: tolerance prints %q, want %q", i, got, want)
		}
	}
}
