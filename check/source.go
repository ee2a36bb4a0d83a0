package check

import "fmt"

// Doc is a source document whose numbers a check row compares with ours.
// ID is stable (it goes into keys-by-document of reports and into the JSON
// records); Short labels the document in tables; Citation is the titled
// reference a bibliography prints.
type Doc struct {
	ID       string // stable identifier, e.g. "portelli-roncalli-2024"
	Short    string // author-year label for tables, e.g. "Portelli & Roncalli (2024)"
	Citation string // full titled reference
}

// The four source documents of the project (their text is described in
// shared/seeds/README.md). Rows name them with Table.From, Table.Cite and
// Table.At.
var (
	// Paper is Portelli & Roncalli (2024), the paper the notebooks
	// reproduce: theory (section 2), empirical results (section 3) and the
	// derivations of appendix A.
	Paper = Doc{
		ID:    "portelli-roncalli-2024",
		Short: "Portelli & Roncalli (2024)",
		Citation: "Portelli, L. and Roncalli, T. (2024), Stock-Bond Correlation: Theory & Empirical Results, " +
			"Amundi Investment Institute, Working Paper 160, May 2024.",
	}
	// TwoDays is the slides of Hu, Jin & Pan on the daily realized
	// stock-bond correlation from 5-minute returns: bond-safety and
	// bond-risky days, conditional returns, event days.
	TwoDays = Doc{
		ID:    "hu-jin-pan-2025",
		Short: "Hu, Jin & Pan (2025)",
		Citation: "Hu, G. X., Jin, Z. and Pan, J. (2025), The Stock-Bond Correlation: A Tale of Two Days " +
			"in the U.S. Treasury Bond Market, slides, AFA Annual Meeting, 3 January 2025.",
	}
	// CSCNote is the CSC research note on U.S. Treasuries and global asset
	// classes: Nelson-Siegel-Svensson and bootstrapped curves, the ACM term
	// premium, yield co-movement across countries, the dollar and yields.
	CSCNote = Doc{
		ID:    "csc-2025",
		Short: "Zhou & Jiang (2025), CSC note",
		Citation: "Zhou, J. and Jiang, J. (2025), How do U.S. Treasuries pull global asset classes?, " +
			"CSC Research Macro Team, research note, 11 June 2025.",
	}
	// Explainer is the explainer article "Why do bonds go up when stocks go
	// down": price-yield mechanics (the zero-coupon price 1000/(1+y)^10),
	// duration, 36/60-month rolling correlations and bond betas, the 60/40
	// portfolio, and the regimes where the hedge fails (2022).
	Explainer = Doc{
		ID:       "bonds-up-stocks-down-2025",
		Short:    "Why bonds go up when stocks go down (2025)",
		Citation: "Why do bonds go up when stocks go down, explainer article, Bitget Wiki, 2025.",
	}
)

// Docs lists the source documents in bibliography order (the paper first).
var Docs = []Doc{Paper, TwoDays, CSCNote, Explainer}

// From sets the source document and place (a table, figure, equation or
// page: "Table 5", "Figure 17", "eq. (12)", "p. 34") of every row that names
// none yet, and of the rows added later: the table-level default that
// Cite and At override row by row. It returns t.
func (t *Comparison) From(d Doc, place string) *Comparison {
	t.doc, t.place = d, place
	for i := range t.Rows {
		if t.Rows[i].Doc == (Doc{}) && t.Rows[i].Place == "" {
			t.Rows[i].Doc, t.Rows[i].Place = d, place
		}
	}
	return t
}

// Cite sets the source document and place of the last row added (a row
// that comes from another document than the table's). It panics on an
// empty table.
func (t *Comparison) Cite(d Doc, place string) *Comparison {
	r := t.last("Cite")
	r.Doc, r.Place = d, place
	return t
}

// At sets the place of the last row added within its document ("Table 5,
// note b", "Figure 17, 2022"). It panics on an empty table.
func (t *Comparison) At(place string) *Comparison {
	t.last("At").Place = place
	return t
}

// last returns the last row, panicking on an empty table with the name of
// the method that needed it.
func (t *Comparison) last(method string) *Row {
	if len(t.Rows) == 0 {
		panic(fmt.Sprintf("check: Comparison.%s: table %q has no row yet", method, t.Title))
	}
	return &t.Rows[len(t.Rows)-1]
}

// Where returns the row's source as printed in a table: the document's
// short label and the place, "Portelli & Roncalli (2024), Table 5"; only
// the place when the row's document is doc (the table's common document);
// empty when the row names no source.
func (r Row) Where(doc Doc) string {
	switch {
	case r.Doc == (Doc{}) || r.Doc == doc:
		return r.Place
	case r.Place == "":
		return r.Doc.Short
	}
	return r.Doc.Short + ", " + r.Place
}
