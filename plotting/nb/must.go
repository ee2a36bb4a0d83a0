package nb

import (
	"errors"
	"fmt"

	"github.com/stockbond/sbcorr/datasets"
)

// Must returns v and panics with err when err is not nil, so that a cell
// reads as the computation it makes and still fails, naming the error, when
// something goes wrong (GoNB's must.M1 in one name):
//
//	us := nb.Must(inputs.US(series.Monthly, 10))
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Data returns v and true when err is nil. When err says that a data file
// is missing (datasets.ErrNoData: the data folder is not set and
// SBCORR_REQUIRE_DATA is not 1) it displays a line saying which section is
// skipped and why, and returns false: the cell then returns, and the
// notebook goes on with the sections that need no data. Any other error
// panics, so a damaged file fails the cell.
//
//	ind, ok := nb.Data(inputs.Industries(series.Monthly))
//	if !ok {
//		return
//	}
func Data[T any](v T, err error) (T, bool) {
	switch {
	case err == nil:
		return v, true
	case errors.Is(err, datasets.ErrNoData):
		Markdown(fmt.Sprintf("**Data not found**, this section is skipped (set `SBCORR_DATA` to the data folder): %v", err))
		return v, false
	}
	panic(err)
}

// Cached returns the result of compute memoised on disk under key and
// version (datasets.Cached), and panics on its error: every GoNB cell
// re-runs the whole program, so a fit that takes seconds is computed once.
// Put the inputs' fingerprint in version (e.g. us.Fingerprint()) and bump
// the key's version when the computation changes.
//
//	fit := nb.Cached("nb03/dcc-daily v1", us.Fingerprint(), func() (*sbcorr.DCCFit, error) {
//		return sbcorr.FitDCC(us.Stock.Values, us.Bond.Values)
//	})
func Cached[T any](key, version string, compute func() (T, error)) T {
	return Must(datasets.Cached(key, version, compute))
}
