package check

import (
	"bytes"
	"strings"
	"testing"
)

// twoTables returns records of two tables with every status and one
// failing row.
func twoTables() []Record {
	a := New("Table 1").From(Paper, "Table 1").
		AddPrinted("a", "1.0", 1).
		Add("b", 1, 1.2, 0.5, Decimals(1)).
		AddRange("c", 0, 1, 0.5, Percent(0)).
		AddNotReproduced("d <x>", 0.5, 0.08, 0.1, Percent(1), "different data <sic>").
		AddPrinted("e", "1.0", 3)
	b := New("Table 2").NotAttempted("synthetic sample").AddPrinted("a", "1", 1).AddPrinted("b", "1", 1)
	c := New("Table 3").AddPrinted("a", "1", 1).Skip("no data")
	return append(append(a.Records("nb"), b.Records("nb")...), c.Records("nb")...)
}

func TestTally(t *testing.T) {
	c := Tally(twoTables())
	want := Counts{Reproduced: 2, Consistent: 2, NotReproduced: 1, NotAttempted: 3, Failed: 1}
	if c != want {
		t.Errorf("Tally = %+v, want %+v", c, want)
	}
	if c.Total() != 8 || c.Of(NotAttempted) != 3 {
		t.Errorf("Total %d, Of(NotAttempted) %d", c.Total(), c.Of(NotAttempted))
	}
}

func TestTallyPanicsOnAnUnknownStatus(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "check: Tally") {
			t.Errorf("panic %v", r)
		}
	}()
	Tally([]Record{{Key: "k", Status: "ok"}})
}

func TestDuplicateKey(t *testing.T) {
	recs := twoTables()
	if k, dup := DuplicateKey(recs); dup {
		t.Errorf("no duplicate expected, got %q", k)
	}
	recs = append(recs, recs[2])
	if k, dup := DuplicateKey(recs); !dup || k != "nb/Table 1/c" {
		t.Errorf("DuplicateKey = %q, %v", k, dup)
	}
}

func TestScoreboardRendering(t *testing.T) {
	s := Scoreboard{Notebook: "nb", Records: twoTables()}
	txt := s.String()
	for _, w := range []string{"Scoreboard of nb: 8 check rows in 3 tables", "reproduced         2", "FAIL               1",
		"not reproduced: Table 1 / d <x> (Portelli & Roncalli (2024), Table 1): source 50.0%, ours 8.0%: different data <sic>",
		"not attempted: 2 rows: synthetic sample", "not attempted: 1 rows: no data"} {
		if !strings.Contains(txt, w) {
			t.Errorf("String lacks %q:\n%s", w, txt)
		}
	}
	h := s.HTML()
	for _, w := range []string{"d &lt;x&gt;", "different data &lt;sic&gt;", statusStyles[NotReproduced], failStyle, ">synthetic sample<"} {
		if !strings.Contains(h, w) {
			t.Errorf("HTML lacks %q:\n%s", w, h)
		}
	}
	want := `{"version":1,"notebook":"nb","tables":3,"rows":8,"counts":{"reproduced":2,"consistent":2,"not reproduced":1,"not attempted":3,"failed":1}}`
	if got := string(s.JSON()); got != want {
		t.Errorf("JSON = %s\nwant %s", got, want)
	}
	if !bytes.Equal(s.JSON(), s.JSON()) || s.HTML() != h {
		t.Error("scoreboard output is not deterministic")
	}
	if empty := (Scoreboard{}).String(); !strings.HasPrefix(empty, "Scoreboard of this notebook: 0 check rows in 0 tables") {
		t.Errorf("empty scoreboard: %q", empty)
	}
}
