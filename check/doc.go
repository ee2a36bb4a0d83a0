// Package check compares numbers reproduced by sbcorr with the numbers a
// source document prints ("source vs ours"), with an explicit tolerance per
// row.
//
// A Table collects rows; Err reports every row outside its tolerance, Must
// panics naming them, and HTML/Markdown render the comparison for a notebook
// or a write-up. Notebooks display the table (plotting/nb.Check) and then
// call Must, so a reproduced number that leaves its tolerance fails the cell
// and therefore the test suite.
//
// "To the printed digit" means within one unit of the last digit the source
// prints: AddPrinted parses the printed text ("38.2%", "-0.40", "65.20") and
// derives that tolerance, so the tolerance is never typed by hand. Empirical
// facts that a source states as a range ("positive", "between 50% and
// 100%") are added with AddRange and print their source as "[lo, hi]";
// qualitative statements ("negative after 2000") with AddCondition.
package check
