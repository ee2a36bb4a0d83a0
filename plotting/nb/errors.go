package nb

// NoError panics with err when it is not nil: Must for a call that returns
// only an error,
//
//	nb.NoError(t.Err())
func NoError(err error) {
	if err != nil {
		panic(err)
	}
}
