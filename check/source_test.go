package check

import (
	"strings"
	"testing"
)

func TestDocsAreDistinctAndTitled(t *testing.T) {
	ids := map[string]bool{}
	for _, d := range Docs {
		if d.ID == "" || d.Short == "" || !strings.Contains(d.Citation, d.Short[:4]) && d != Explainer {
			t.Errorf("doc %+v: empty field or citation without its author", d)
		}
		if ids[d.ID] {
			t.Errorf("doc ID %q repeated", d.ID)
		}
		ids[d.ID] = true
	}
	if len(Docs) != 4 {
		t.Errorf("%d documents, want the four source documents", len(Docs))
	}
}

func TestFromCiteAt(t *testing.T) {
	tab := New("t").
		AddPrinted("before From", "1", 1).
		AddPrinted("own source", "1", 1).Cite(CSCNote, "Figure 3").
		From(Paper, "Table 5").
		AddPrinted("after From", "1", 1).
		AddPrinted("other place", "1", 1).At("Table 5, note b")
	want := []struct {
		doc   Doc
		place string
	}{{Paper, "Table 5"}, {CSCNote, "Figure 3"}, {Paper, "Table 5"}, {Paper, "Table 5, note b"}}
	for i, r := range tab.Rows {
		if r.Doc != want[i].doc || r.Place != want[i].place {
			t.Errorf("%s: %s / %q, want %s / %q", r.Name, r.Doc.ID, r.Place, want[i].doc.ID, want[i].place)
		}
	}
	s := tab.String()
	for _, w := range []string{"Source: Portelli & Roncalli (2024)\n", "where", "Zhou & Jiang (2025), CSC note, Figure 3", "Table 5, note b"} {
		if !strings.Contains(s, w) {
			t.Errorf("String lacks %q:\n%s", w, s)
		}
	}
}

func TestSharedSourceIsPrintedOnce(t *testing.T) {
	tab := New("Table 5").From(Paper, "Table 5").AddPrinted("a", "1", 1).AddPrinted("b", "2", 2)
	h := tab.HTML()
	if strings.Count(h, "Table 5") != 2 || strings.Contains(h, ">where<") {
		t.Errorf("a source shared by every row should be in the caption only:\n%s", h)
	}
	if !strings.Contains(h, `title="Portelli, L. and Roncalli, T. (2024), Stock-Bond Correlation`) {
		t.Errorf("caption lacks the citation tooltip:\n%s", h)
	}
	if md := tab.Markdown(); !strings.Contains(md, "Source: Portelli & Roncalli (2024), Table 5\n") {
		t.Errorf("Markdown lacks the source line:\n%s", md)
	}
	bare := New("no source").AddPrinted("a", "1", 1).HTML()
	if strings.Contains(bare, "Source:") || strings.Contains(bare, ">where<") {
		t.Errorf("a table without source prints one:\n%s", bare)
	}
}
