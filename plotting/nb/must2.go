package nb

// Must2 is Must for a function with two results and an error, such as
// curve.FitSvensson (the fit and its diagnostics):
//
//	p, fit := nb.Must2(curve.FitSvensson(m, y, curve.FitOptions{Kind: curve.ParYields}))
//
// It returns a and b, and panics with err when err is not nil.
func Must2[A, B any](a A, b B, err error) (A, B) {
	if err != nil {
		panic(err)
	}
	return a, b
}
