package datasets

import (
	"io"

	"github.com/stockbond/sbcorr/series"
)

var acmFormat = format{opt: CSVOptions{DateLayout: LayoutACM, Unit: series.UnitPercent, Freq: series.Monthly},
	want: `the ACM CSV: a header "DATE,ACMY01,...", then rows "DD-Mon-YYYY,values"`}

// ParseACM parses the NY Fed Adrian-Crump-Moench term-structure file
// (monthly sheet exported to CSV): quoted DATE in DD-Mon-YYYY (month-end
// business day), then ACMY01..ACMY10 (fitted zero-coupon yields),
// ACMTP01..ACMTP10 (term premia) and ACMRNY01..ACMRNY10 (risk-neutral
// yields), all in PERCENT. See Adrian, Crump & Moench (2013).
func ParseACM(r io.Reader, file string) (series.Frame, error) { return acmFormat.reader(r, file) }

// ReadACM reads the ACM file at path (see ParseACM).
func ReadACM(path string) (series.Frame, error) { return acmFormat.read(path) }
