package sbcorr

import (
	"fmt"
	"math"
)

// BlockAlign says where the non-overlapping blocks of Compound start.
type BlockAlign int

const (
	// FromStart starts the first block at the first return and drops an
	// incomplete newest block (1980-2023 in 5-year blocks: 1980-1984, ...,
	// 2015-2019; 2020-2023 is dropped).
	FromStart BlockAlign = iota
	// FromEnd ends the last block at the last return and drops an
	// incomplete oldest block (1984-1988, ..., 2019-2023).
	FromEnd
)

// Compound returns the non-overlapping h-period compounded returns
// prod_{s in block} (1 + r_s) - 1 of consecutive blocks of h returns,
// oldest first, aligned as align says. With monthly returns h = 1, 12, 36,
// 60 give the 1M, 1Y, 3Y and 5Y horizons (21, 252, ... with daily returns).
// A block containing a NaN compounds to NaN. It panics unless h >= 1.
func Compound(r []float64, h int, align BlockAlign) []float64 {
	if h < 1 {
		panic(fmt.Sprintf("sbcorr: Compound: horizon %d < 1", h))
	}
	nb := len(r) / h
	out := make([]float64, nb)
	start := 0
	if align == FromEnd {
		start = len(r) - nb*h
	}
	for b := range out {
		g := 1.0
		for _, v := range r[start+b*h : start+(b+1)*h] {
			g *= 1 + v
		}
		out[b] = g - 1
	}
	return out
}

// LongHorizonCorr returns the Pearson correlation of the non-overlapping
// h-period compounded returns of x and y (see Compound) and the number of
// blocks, as the paper's "non-overlapping five-year stock-bond correlation
// has been equal to +19% between 1980 and 2023" (Portelli & Roncalli
// (2024), section 3.5.2, Figure 56; h = 60 months). Returns are decimals,
// simple (not log) returns. With few blocks (8 for 5-year blocks over 44
// years) the estimate depends strongly on align: its standard error is
// about (1-rho^2)/sqrt(blocks-3); LongHorizonCorrByStart gives every
// alignment. It returns an error for fewer than 3 blocks, a NaN or infinite
// block (an infinite return, or a compounded return beyond the float64
// range) or a constant block series; it panics if len(x) != len(y) or h < 1.
func LongHorizonCorr(x, y []float64, h int, align BlockAlign) (float64, int, error) {
	return longHorizon("LongHorizonCorr", x, y, h, align)
}

func longHorizon(fn string, x, y []float64, h int, align BlockAlign) (float64, int, error) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: %s: len(x) = %d != len(y) = %d", fn, len(x), len(y)))
	}
	cx, cy := Compound(x, h, align), Compound(y, h, align)
	if err := checkSample(fmt.Sprintf("%s: horizon %d blocks", fn, h), cx, cy); err != nil {
		return math.NaN(), len(cx), err
	}
	return pearson(cx, cy), len(cx), nil
}

// LongHorizonCorrByStart returns the non-overlapping h-period correlation
// (see LongHorizonCorr) for each of the h possible block starts: element k
// uses blocks starting at x[k], x[k+h], ... and drops the incomplete ends,
// so with n returns it has floor((n-k)/h) blocks. The spread of the h
// values shows how much a single published figure depends on where its
// blocks start. Errors and panics as LongHorizonCorr (the first failing
// start is named).
func LongHorizonCorrByStart(x, y []float64, h int) (rho []float64, blocks []int, err error) {
	if h < 1 {
		panic(fmt.Sprintf("sbcorr: LongHorizonCorrByStart: horizon %d < 1", h))
	}
	rho, blocks = make([]float64, h), make([]int, h)
	for k := range h {
		var e error
		rho[k], blocks[k], e = longHorizon("LongHorizonCorrByStart", x[min(k, len(x)):], y[min(k, len(y)):], h, FromStart)
		if e != nil {
			return nil, nil, fmt.Errorf("%w (blocks starting at index %d)", e, k)
		}
	}
	return rho, blocks, nil
}
