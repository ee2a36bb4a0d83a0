package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/plotting/nb"
)

// writeNotebook writes an executed notebook whose cells emitted the given
// check tables, as plotting/nb.Check does, and optionally an error output.
func writeNotebook(t *testing.T, dir, name string, failed bool, tables ...*check.Comparison) {
	t.Helper()
	type output struct {
		OutputType string                     `json:"output_type"`
		Data       map[string]json.RawMessage `json:"data,omitempty"`
	}
	var outs []output
	for _, tab := range tables {
		outs = append(outs, output{OutputType: "display_data", Data: map[string]json.RawMessage{
			CheckMIME: check.RecordsJSON(tab.Records(name)), "text/html": json.RawMessage(`"<table></table>"`)}})
	}
	if failed {
		outs = append(outs, output{OutputType: "error"})
	}
	nbook := map[string]any{"cells": []any{map[string]any{"cell_type": "code", "outputs": outs}}}
	b, err := json.Marshal(nbook)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".ipynb"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func fixture(t *testing.T, ours float64) (string, Report) {
	t.Helper()
	dir, data := t.TempDir(), t.TempDir()
	csv := filepath.Join(data, "fred_daily", "DGS10.csv")
	content := []byte("date,value\n2020-01-02,1.88\n2020-01-03,1.80\n")
	if err := os.MkdirAll(filepath.Dir(csv), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(csv, content, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	line, _ := json.Marshal(datasets.DataLogLine{File: csv, SHA256: hex.EncodeToString(sum[:])})
	if err := os.WriteFile(filepath.Join(dir, "05_a.data.jsonl"), append(append(line, '\n'), append(line, '\n')...), 0o644); err != nil {
		t.Fatal(err)
	}
	t17 := check.New("Table 17").From(check.Paper, "Table 17").AddPrinted("x", "1.5", 1.5)
	t5 := check.New("Table 5").From(check.Paper, "Table 5").AddPrinted("w", "20.1%", ours).
		AddNotReproduced("v", 0.4, 0.6, 0.1, check.Decimals(2), "other data").Cite(check.CSCNote, "section 2(3)")
	writeNotebook(t, dir, "05_a", false, t17, t5)
	writeNotebook(t, dir, "06_b", true, check.New("sample").From(check.Paper, "Figure 2").NotAttempted("synthetic sample").
		AddPrinted("rho*", "-17.78%", 0))
	r, err := Build(dir, "../..", []string{"05_a", "06_b", "07_missing"})
	if err != nil {
		t.Fatal(err)
	}
	return dir, r
}

func TestBuildGroupsRowsByDocumentAndExhibit(t *testing.T) {
	_, r := fixture(t, 0.201)
	if r.Counts.Total() != 4 || r.Counts.Reproduced != 2 || r.Counts.NotReproduced != 1 || r.Counts.NotAttempted != 1 {
		t.Fatalf("counts %+v", r.Counts)
	}
	st := map[string]string{}
	for _, nb := range r.Notebooks {
		st[nb.Name] = nb.Status
	}
	if st["05_a"] != "ok" || st["06_b"] != "failed" || st["07_missing"] != "not run" {
		t.Fatalf("statuses %v", st)
	}
	if len(r.Docs) != 2 || r.Docs[0].ID != check.Paper.ID || r.Docs[1].ID != check.CSCNote.ID {
		t.Fatalf("documents %+v", r.Docs)
	}
	var places []string
	for _, e := range r.Docs[0].Exhibits {
		places = append(places, e.Place)
	}
	if strings.Join(places, ",") != "Figure 2,Table 5,Table 17" {
		t.Fatalf("places %v", places)
	}
	if len(r.Data) != 1 || r.Data[0].Name != "fred_daily/DGS10" || r.Data[0].Rows != 2 || r.Data[0].Last != "2020-01-03" ||
		strings.Join(r.Notebooks[0].Data, ",") != "fred_daily/DGS10" {
		t.Fatalf("data %+v %+v", r.Data, r.Notebooks[0].Data)
	}
	md, html := r.Markdown(), r.HTML()
	for _, want := range []string{"## Portelli, L. and Roncalli, T. (2024)", "### Table 17", "| 05_a | Table 5 | w | reproduced | 20.1% | 20.1% |", "other data", "`" + r.Data[0].SHA256 + "`"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	for _, want := range []string{"<h3>Table 5</h3>", "synthetic sample", "not reproduced", "color:#9a6700"} {
		if !strings.Contains(html, want) {
			t.Errorf("html lacks %q", want)
		}
	}
}

func TestDiffFindsTheOneChangedRow(t *testing.T) {
	_, base := fixture(t, 0.201)
	_, cur := fixture(t, 0.2014)
	if d := Diff(base, base); len(d) != 0 {
		t.Fatalf("a report differs from itself: %v", d)
	}
	d := Diff(base, cur)
	if len(d) != 1 || d[0].Key != "05_a/Table 5/w" || d[0].String() != "~ 05_a/Table 5/w: ours 20.1% (0.201) -> 20.1% (0.2014)" {
		t.Fatalf("diff %v", d)
	}
}

func TestJSONIsStable(t *testing.T) {
	_, a := fixture(t, 0.201)
	_, b := fixture(t, 0.201)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	// the data files live in different temporary folders: only their names go into the report
	if string(ja) != string(jb) {
		t.Fatalf("two builds of the same inputs differ:\n%s\n%s", ja, jb)
	}
}

func TestCheckMIMEMatchesTheNotebookGlue(t *testing.T) {
	if CheckMIME != nb.CheckMIME {
		t.Fatalf("report reads %q, nb.Check writes %q", CheckMIME, nb.CheckMIME)
	}
}

func TestPlaceOrder(t *testing.T) {
	for _, c := range []struct{ a, b string }{{"Table 5", "Table 17"}, {"Figure 2", "Table 1"}, {"Table 6", "Table 6, note b"}} {
		if !placeLess(c.a, c.b) || placeLess(c.b, c.a) {
			t.Errorf("%q should come before %q", c.a, c.b)
		}
	}
}
