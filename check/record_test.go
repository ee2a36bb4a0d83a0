package check

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestRecords(t *testing.T) {
	tab := New("Table 1: premia").From(Paper, "Table 1").
		AddPrinted("pi_B", "-0.40%", -0.0040).
		Add("nan", 0.1, math.NaN(), 0.01, Percent(1)).
		AddRange("inf", 0, 1, math.Inf(1), Percent(0)).
		AddNotReproduced("pi_S", 0.05, 0.031, 0.01, Percent(1), "shorter sample").
		AddCondition("sign", true).Skip("no data")
	recs := tab.Records("05_risk_premia")
	if len(recs) != 5 {
		t.Fatalf("%d records", len(recs))
	}
	r := recs[0]
	if r.Key != "05_risk_premia/Table 1: premia/pi_B" || r.Doc != Paper.ID || r.Place != "Table 1" ||
		r.Status != "reproduced" || !r.Pass || r.Claim != "value" || r.Format != "Percent(2)" || r.SourceText != "-0.40%" {
		t.Errorf("record %+v", r)
	}
	if recs[1].Ours != nil || recs[1].Pass || recs[2].Ours != nil || recs[2].Claim != "interval" {
		t.Errorf("NaN and Inf must be null and fail: %+v, %+v", recs[1], recs[2])
	}
	if r := recs[3]; r.Status != "not reproduced" || r.Reason != "shorter sample" || !r.Pass {
		t.Errorf("not-reproduced record %+v", r)
	}
	if r := recs[4]; r.Status != "not attempted" || r.Ours != nil || r.OursText != noOurs || r.Reason != "no data" {
		t.Errorf("not-attempted record %+v", r)
	}
	b := RecordsJSON(recs)
	if !bytes.Equal(b, RecordsJSON(tab.Records("05_risk_premia"))) {
		t.Error("RecordsJSON is not deterministic")
	}
	var back struct {
		Version int      `json:"version"`
		Rows    []Record `json:"rows"`
	}
	if err := json.Unmarshal(b, &back); err != nil || back.Version != RecordsVersion || !bytes.Equal(RecordsJSON(back.Rows), b) {
		t.Errorf("RecordsJSON does not read back: %v, %+v", err, back)
	}
	if !strings.Contains(string(b), `"ours":null`) || strings.Contains(string(b), `":NaN`) {
		t.Errorf("NaN must be null in JSON: %s", b)
	}
	if got := string(RecordsJSON(nil)); got != `{"version":1,"rows":[]}` {
		t.Errorf("RecordsJSON(nil) = %s", got)
	}
}

func TestRecordFieldOrderIsFixed(t *testing.T) {
	b := RecordsJSON(New("t").AddPrinted("r", "1", 1).Records("nb"))
	order := []string{"key", "notebook", "table", "row", "doc", "place", "status", "label", "pass", "claim",
		"source", "ours", "tol", "format", "source_text", "ours_text", "tol_text", "note", "reason"}
	last := -1
	for _, f := range order {
		i := strings.Index(string(b), `"`+f+`":`)
		if i <= last {
			t.Fatalf("field %q out of order in %s", f, b)
		}
		last = i
	}
}

func TestRowsCopiedBetweenTablesKeepTheirStatus(t *testing.T) {
	a := New("a").From(Paper, "Table 6").AddNotReproduced("x", 1, 3, 0.1, Decimals(1), "why")
	all := New("all")
	all.Rows = append(all.Rows, a.Rows...)
	r := all.Records("nb")[0]
	if r.Status != "not reproduced" || r.Doc != Paper.ID || r.Key != "nb/all/x" {
		t.Errorf("copied row: %+v", r)
	}
}
