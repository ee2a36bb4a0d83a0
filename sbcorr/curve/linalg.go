package curve

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// ols returns the least-squares coefficients of y on x (columns of y
// regressed separately), solved by QR.
func ols(x mat.Matrix, y mat.Matrix) (*mat.Dense, error) {
	var qr mat.QR
	qr.Factorize(x)
	var b mat.Dense
	if err := qr.SolveTo(&b, false, y); err != nil {
		return nil, err
	}
	return &b, nil
}

// withConstant returns [1, x].
func withConstant(x mat.Matrix) *mat.Dense {
	r, c := x.Dims()
	out := mat.NewDense(r, c+1, nil)
	for i := 0; i < r; i++ {
		out.Set(i, 0, 1)
		for j := 0; j < c; j++ {
			out.Set(i, j+1, x.At(i, j))
		}
	}
	return out
}

// principalComponents returns the scores (y_t - mean) W of the K leading
// principal components of the columns n-1 (n in mats) of y, ordered by
// decreasing variance, each eigenvector signed so that its loadings sum to
// a positive number (a deterministic convention).
func principalComponents(y [][]float64, mats []int, K int) [][]float64 {
	T, P := len(y), len(mats)
	data := mat.NewDense(T, P, nil)
	mean := make([]float64, P)
	for t := range y {
		for j, n := range mats {
			data.Set(t, j, y[t][n-1])
			mean[j] += y[t][n-1] / float64(T)
		}
	}
	for t := 0; t < T; t++ {
		for j := range mean {
			data.Set(t, j, data.At(t, j)-mean[j])
		}
	}
	cov := mat.NewSymDense(P, nil)
	cov.SymOuterK(1/float64(T), data.T())
	var eig mat.EigenSym
	eig.Factorize(cov, true)
	vals := eig.Values(nil)
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	order := make([]int, P)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return vals[order[a]] > vals[order[b]] })
	W := mat.NewDense(P, K, nil)
	for k := 0; k < K; k++ {
		col := mat.Col(nil, order[k], &vecs)
		s := 0.0
		for _, v := range col {
			s += v
		}
		sign := math.Copysign(1, s)
		for j, v := range col {
			W.Set(j, k, sign*v)
		}
	}
	var scores mat.Dense
	scores.Mul(data, W)
	out := make([][]float64, T)
	for t := range out {
		out[t] = mat.Row(nil, t, &scores)
	}
	return out
}

// sumSquares returns the sum of the squared elements of a.
func sumSquares(a *mat.Dense) float64 {
	r, c := a.Dims()
	s := 0.0
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			s += a.At(i, j) * a.At(i, j)
		}
	}
	return s
}
