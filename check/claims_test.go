package check

import (
	"math"
	"strings"
	"testing"
)

func TestAddRange(t *testing.T) {
	tab := New("facts").
		AddRange("inside", 0, 1, 0.083, Percent(1)).
		AddRange("on the bound", -1, 0, 0, Percent(1)).
		AddRange("below", 0.5, 1, 0.2, Percent(0)).
		AddRange("NaN", 0, 1, math.NaN(), Percent(0))
	ok := []bool{true, true, false, false}
	for i, r := range tab.Rows {
		if r.OK() != ok[i] {
			t.Errorf("%s: OK = %v, want %v", r.Name, r.OK(), ok[i])
		}
	}
	if got := tab.Rows[0].cells(Doc{}, false); got[1] != "[0.0%, 100.0%]" || got[3] != "0.000%" || got[4] != "range" {
		t.Errorf("inside row renders as %q", got)
	}
	if got := tab.Rows[2].DiffText(); got != "-30.00%" {
		t.Errorf("distance below the range = %q, want -30.00%%", got)
	}
	err := tab.Err()
	if err == nil {
		t.Fatal("no error for rows outside their range")
	}
	for _, w := range []string{"2 of 4 rows", "below: source [50%, 100%], ours 20%, outside the range by -30.00%", "NaN: source [0%, 100%], ours NaN, outside the range by NaN"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
	if h := tab.HTML(); !strings.Contains(h, "[50%, 100%]") {
		t.Errorf("HTML lacks the range: %s", h)
	}
}

func TestAddRangePanicsOnEmptyRange(t *testing.T) {
	for _, c := range [][2]float64{{1, 0}, {math.NaN(), 1}, {0, math.NaN()}} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "AddRange") {
					t.Errorf("AddRange(%v, %v): panic %v, want one naming AddRange", c[0], c[1], r)
				}
			}()
			New("x").AddRange("r", c[0], c[1], 0, Decimals(0))
		}()
	}
}

func TestAddCondition(t *testing.T) {
	tab := New("statements").AddCondition("negative after 2000", true).AddCondition("3y > 1y", false)
	if !tab.Rows[0].OK() || tab.Rows[1].OK() {
		t.Fatalf("OK = %v, %v; want true, false", tab.Rows[0].OK(), tab.Rows[1].OK())
	}
	if got := tab.Rows[0].cells(Doc{}, false); got[1] != "holds" || got[2] != "holds" || got[3] != "" || got[4] != "" || got[5] != "consistent (condition)" {
		t.Errorf("holding row renders as %q", got)
	}
	if got := tab.Rows[1].cells(Doc{}, false); got[2] != "does not hold" || got[5] != "FAIL: consistent (condition)" {
		t.Errorf("failing row renders as %q", got)
	}
	if err := tab.Err(); err == nil || !strings.Contains(err.Error(), "3y > 1y: does not hold") {
		t.Errorf("Err = %v, want it to name the statement that does not hold", err)
	}
}
