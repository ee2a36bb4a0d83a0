package plotting

import (
	"math"
	"slices"

	"github.com/stockbond/sbcorr/series"
)

// sortedCopy returns the finite values of v, sorted.
func sortedCopy(v []float64) []float64 {
	out := make([]float64, 0, len(v))
	for _, x := range v {
		if finite(x) {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}

// Silverman returns Silverman's rule-of-thumb bandwidth for a Gaussian
// kernel density estimate of the finite values of v:
// h = 0.9 * min(sd, IQR/1.349) * n^(-1/5) (Silverman, 1986, eq. 3.31, with
// the normal IQR 1.349 sd as in statsmodels' bw_silverman), with the sample
// standard deviation (n-1) and the IQR between the 25% and 75% quantiles
// (linear interpolation). It falls back to sd when IQR is 0 and returns NaN
// for fewer than 2 finite values or zero spread.
func Silverman(v []float64) float64 {
	s := sortedCopy(v)
	n := float64(len(s))
	if len(s) < 2 {
		return math.NaN()
	}
	mean, ss := 0.0, 0.0
	for _, x := range s {
		mean += x
	}
	mean /= n
	for _, x := range s {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / (n - 1))
	spread := sd
	if iqr := series.Quantile(s, 0.75) - series.Quantile(s, 0.25); iqr > 0 {
		spread = math.Min(sd, iqr/1.349)
	}
	if spread == 0 {
		return math.NaN()
	}
	return 0.9 * spread * math.Pow(n, -0.2)
}

// KDE returns the Gaussian kernel density estimate of the finite values of
// v with bandwidth h at each point of at:
// f(x) = 1/(n h) sum_i phi((x - v_i)/h). It is for display (a smooth
// outline over a histogram); at is not modified.
func KDE(v []float64, h float64, at []float64) []float64 {
	s := sortedCopy(v)
	out := make([]float64, len(at))
	norm := 1 / (float64(len(s)) * h * math.Sqrt(2*math.Pi))
	for k, x := range at {
		sum := 0.0
		for _, xi := range s {
			z := (x - xi) / h
			sum += math.Exp(-0.5 * z * z)
		}
		out[k] = sum * norm
	}
	return out
}
