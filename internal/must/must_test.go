package must

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestNotNil(t *testing.T) {
	var sym mat.Symmetric
	var dense *mat.SymDense
	var f func(float64) float64
	errtest.Panics(t, "nil interface", func() { NotNil("pkg: F", "corr", sym) }, "pkg: F: corr is nil")
	errtest.Panics(t, "typed nil pointer", func() { NotNil("pkg: F", "corr", mat.Symmetric(dense)) }, "pkg: F: corr is nil")
	errtest.Panics(t, "nil func", func() { NotNil("pkg: G", "score", f) }, "pkg: G: score is nil")
	NotNil("pkg: F", "corr", mat.NewSymDense(1, []float64{1}))
	NotNil("pkg: F", "x", 3.0)
	NotNil("pkg: F", "f", func() {})
}
