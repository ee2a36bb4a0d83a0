package check

import (
	"encoding/json"
	"fmt"
	"math"
)

// Key returns the stable key of a row: notebook, table title and row name
// joined by "/" ("05_risk_premia/Table 1: implied risk premia/pi_B"). The
// three parts are also kept apart in a Record, so a title holding "/" is
// never split. Within a notebook run every key is unique (plotting/nb.Check
// enforces it).
func Key(notebook, table, row string) string { return notebook + "/" + table + "/" + row }

// Record is one check row in machine-readable form, as notebooks emit it
// (plotting/nb.Check) and reports read it: the key and its parts, the
// source (document ID and place), the status, the numbers and how they
// print. Numbers are decimals as in Row; NaN and ±Inf are null, and so is
// Ours for a row not attempted. A Condition row has Source 1 and Ours 1
// when its statement holds, 0 when not. The JSON field order is fixed and
// its values are deterministic, so records of two runs can be diffed.
type Record struct {
	Key        string   `json:"key"`
	Notebook   string   `json:"notebook"`
	Table      string   `json:"table"`
	Row        string   `json:"row"`
	Doc        string   `json:"doc"`   // Doc.ID; empty when the row names no document
	Place      string   `json:"place"` // "Table 5", "Figure 17", ...
	Status     string   `json:"status"`
	Label      string   `json:"label"` // the status column: "consistent (±35 pts)"
	Pass       bool     `json:"pass"`  // false: the row fails its table (Row.Pass)
	Claim      string   `json:"claim"` // "value", "interval" or "condition"
	Source     *float64 `json:"source"`
	Ours       *float64 `json:"ours"`
	Tol        *float64 `json:"tol"`
	Format     string   `json:"format"` // "Percent(2)", "BP(1)", "Decimals(0)"
	SourceText string   `json:"source_text"`
	OursText   string   `json:"ours_text"`
	TolText    string   `json:"tol_text"` // the tolerance as printed ("3.000%", "range", "")
	Note       string   `json:"note"`
	Reason     string   `json:"reason"`
}

// String returns the claim's name in records: "value", "interval" or
// "condition".
func (c Claim) String() string {
	switch c {
	case Interval:
		return "interval"
	case Condition:
		return "condition"
	}
	return "value"
}

// Records returns the table's rows as Records of the given notebook (its
// name without ".ipynb", or empty when unknown), in table order.
func (t *Comparison) Records(notebook string) []Record {
	out := make([]Record, len(t.Rows))
	for i, r := range t.Rows {
		ours := number(r.Ours)
		if r.Status() == NotAttempted {
			ours = nil
		}
		out[i] = Record{
			Key: Key(notebook, t.Title, r.Name), Notebook: notebook, Table: t.Title, Row: r.Name,
			Doc: r.Doc.ID, Place: r.Place, Status: r.Status().String(), Label: r.Label(), Pass: r.Pass(),
			Claim: r.Claim.String(), Source: number(r.Source), Ours: ours, Tol: number(r.Tol),
			Format: r.Format.String(), SourceText: r.SourceText(), OursText: r.OursText(), TolText: r.TolText(),
			Note: r.Note, Reason: r.Reason,
		}
	}
	return out
}

// number returns a pointer to v, or nil for NaN and ±Inf (JSON has no
// such numbers).
func number(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

// RecordsVersion is the version of the JSON layout of Record and Counts;
// it changes when a field changes meaning or goes away.
const RecordsVersion = 1

// RecordsJSON returns the JSON object {"version": RecordsVersion, "rows":
// [records]} that notebooks emit for a check table, on one line.
func RecordsJSON(recs []Record) []byte {
	if recs == nil {
		recs = []Record{}
	}
	b, err := json.Marshal(struct {
		Version int      `json:"version"`
		Rows    []Record `json:"rows"`
	}{RecordsVersion, recs})
	if err != nil { // Records hold only strings, finite numbers and bools
		panic(fmt.Sprintf("check: RecordsJSON: %v", err))
	}
	return b
}
