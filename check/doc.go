// Package check compares numbers reproduced by sbcorr with the numbers a
// source document prints ("source vs ours"), with an explicit tolerance per
// row, and says what each row proves.
//
// A Table collects rows; Err reports every row that fails, Must panics
// naming them, and HTML/Markdown/String render the comparison for a
// notebook or a write-up. Notebooks show tables with plotting/nb.Check,
// which also records the rows for the notebook's scoreboard and emits them
// as JSON (Record), then calls Must, so a reproduced number that leaves its
// tolerance fails the cell and therefore the test suite.
//
// Each row has a Status decided by the method that built it:
//
//	AddPrinted, Add within LooseLimit         reproduced
//	AddRange, AddCondition, Add beyond it     consistent ("consistent (±35 pts)")
//	AddNotReproduced (+Range, +Condition)     not reproduced, with its reason; fails only if ours is inside the claim
//	Skip (last row), NotAttempted (table)     not attempted: no "ours" (data absent, synthetic sample)
//
// "To the printed digit" means within one unit of the last digit the source
// prints: AddPrinted parses the printed text ("38.2%", "-0.40", "65.20") and
// derives that tolerance, so the tolerance is never typed by hand. Empirical
// facts that a source states as a range ("positive", "between 50% and
// 100%") are added with AddRange and print their source as "[lo, hi]";
// qualitative statements ("negative after 2000") with AddCondition.
//
// Each row names its source: a document (Paper, TwoDays, CSCNote,
// Explainer; Docs lists them with citations) and a place in it ("Table 5",
// "Figure 17"), set for the table with From and for one row with At or
// Cite. Its key, notebook/table title/row name (Key), is unique in a
// notebook. A check cell:
//
//	t := check.New("Table 25: local correlations").From(check.Paper, "Table 25")
//	if sb.Synthetic {
//		t.NotAttempted("synthetic sample in use")
//	}
//	t.AddPrinted("1980-1999 full period", "34.2%", full)
//	t.Add("2021-2023 (Bad, Good)", -0.2063, bg, 3*se, check.Percent(2))
//	t.AddRange("2000-2019 (Bad, Good)", -1, 0, bg2000, check.Percent(1)).At("Figure 48")
//	t.AddNotReproduced("2021-2023 (Bad, Bad)", 0.2638, bb, 3*se, check.Percent(2), "three years of data")
//	nb.Check(t)
package check
