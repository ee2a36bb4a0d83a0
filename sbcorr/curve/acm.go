package curve

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/must"
)

// ACMOptions configures FitACM. The zero value uses the choices of Adrian,
// Crump and Moench (2013): K = 5 factors extracted from the yields of
// maturities 3 to M months, excess returns of maturities 6, 12, ..., M
// months.
type ACMOptions struct {
	K            int   // number of pricing factors (principal components)
	PCMaturities []int // maturities (months) whose yields define the PCs
	RxMaturities []int // maturities n (months) of the excess returns rx^(n-1)
}

// ACM is a fitted Adrian-Crump-Moench (2013) affine term-structure model on
// monthly data: log bond prices are affine in K principal components X_t of
// the yields, log P^(n)_t = A_n + B_n' X_t, with
//
//	X_{t+1} = Mu + Phi X_t + v_{t+1},  cov(v) = Sigma    (VAR(1))
//	rx^(n-1)_{t+1} = a_n + beta_n' v_{t+1} + c_n' X_t + e   (excess returns)
//	Lambda0 = (beta beta')^-1 beta (a + (B* vec(Sigma) + sigma2 1)/2)
//	Lambda1 = (beta beta')^-1 beta c
//	r_t = Delta0 + Delta1' X_t                             (one-month rate)
//	A_n = A_{n-1} + B_{n-1}'(Mu - Lambda0) + (B_{n-1}' Sigma B_{n-1} + sigma2)/2 - Delta0
//	B_n = (Phi - Lambda1)' B_{n-1} - Delta1,  A_0 = 0, B_0 = 0,
//
// and the risk-neutral prices use the same recursion with Lambda0 = 0 and
// Lambda1 = 0. Yields are -(12/n) log P^(n), annualised, continuously
// compounded decimals; the term premium is the model yield minus the
// risk-neutral yield. See Adrian, Crump and Moench (2013), "Pricing the
// term structure with linear regressions", J. Financial Economics 110,
// eqs. (5)-(16); CSC note of Zhou & Jiang (2025), section 2.
type ACM struct {
	K       int
	X       [][]float64 // factors, one row per date
	Mu      []float64
	Phi     *mat.Dense
	Sigma   *mat.SymDense
	Sigma2  float64 // variance of the excess-return pricing errors
	Lambda0 []float64
	Lambda1 *mat.Dense
	Delta0  float64
	Delta1  []float64
	// A[n], B[n] (n = 0..M months) price the bonds; ARN, BRN risk-neutrally.
	A, ARN []float64
	B, BRN [][]float64
}

// FitACM estimates the ACM model from zero yields y: one row per month
// (consecutive month-ends), column n-1 holding the continuously
// compounded annualised zero yield (decimal) of maturity n months, n = 1..M.
// The one-month yield (column 0) is the short rate. Build the grid from
// annual maturities by interpolating a zero curve (see MonthlyGrid): the
// excess return of maturity n needs the yield of maturity n-1 months one
// month later.
//
// It returns an error when y has no rows or empty rows, NaN or infinite
// yields, fewer rows than 4K+2, or a singular regression. It panics when rows differ in length or an option maturity is
// outside 1..M.
func FitACM(y [][]float64, opt ACMOptions) (*ACM, error) {
	T := len(y)
	if T == 0 {
		return nil, fmt.Errorf("curve: FitACM: no data")
	}
	M := len(y[0])
	if M == 0 {
		return nil, fmt.Errorf("curve: FitACM: no maturities (empty rows)")
	}
	for i, row := range y {
		if len(row) != M {
			panic(fmt.Sprintf("curve: FitACM: row %d has %d maturities, row 0 has %d", i, len(row), M))
		}
		for j, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("curve: FitACM: yield at row %d, maturity %d months is %v", i, j+1, v)
			}
		}
	}
	opt = opt.withDefaults(M)
	K := opt.K
	if T < 4*K+2 {
		return nil, fmt.Errorf("curve: FitACM: %d months for %d factors", T, K)
	}
	m := &ACM{K: K}
	m.X = principalComponents(y, opt.PCMaturities, K)
	X := mat.NewDense(T, K, nil)
	for t := range m.X {
		X.SetRow(t, m.X[t])
	}

	// VAR(1): X_{t+1} on [1, X_t].
	lagged := withConstant(X.Slice(0, T-1, 0, K))
	next := mat.DenseCopyOf(X.Slice(1, T, 0, K))
	coef, err := ols(lagged, next) // (1+K) x K
	if err != nil {
		return nil, fmt.Errorf("curve: FitACM: VAR: %w", err)
	}
	m.Mu = mat.Row(nil, 0, coef)
	m.Phi = mat.NewDense(K, K, nil)
	m.Phi.Copy(coef.Slice(1, 1+K, 0, K).T())
	var fitted, v mat.Dense
	fitted.Mul(lagged, coef)
	v.Sub(next, &fitted) // (T-1) x K innovations
	m.Sigma = mat.NewSymDense(K, nil)
	m.Sigma.SymOuterK(1/float64(T-1), v.T())

	// Excess returns rx^(n-1)_{t+1} = log P^(n-1)_{t+1} - log P^(n)_t - r_t.
	N := len(opt.RxMaturities)
	rx := mat.NewDense(T-1, N, nil)
	logP := func(t, n int) float64 { return -float64(n) / 12 * y[t][n-1] }
	for t := 0; t < T-1; t++ {
		r := y[t][0] / 12
		for i, n := range opt.RxMaturities {
			rx.Set(t, i, logP(t+1, n-1)-logP(t, n)-r)
		}
	}
	// rx on [1, v_{t+1}, X_t].
	Z := mat.NewDense(T-1, 1+2*K, nil)
	for t := 0; t < T-1; t++ {
		Z.Set(t, 0, 1)
		for k := 0; k < K; k++ {
			Z.Set(t, 1+k, v.At(t, k))
			Z.Set(t, 1+K+k, X.At(t, k))
		}
	}
	g, err := ols(Z, rx) // (1+2K) x N
	if err != nil {
		return nil, fmt.Errorf("curve: FitACM: excess-return regression: %w", err)
	}
	var e mat.Dense
	e.Mul(Z, g)
	e.Sub(rx, &e)
	m.Sigma2 = sumSquares(&e) / float64(N*(T-1))
	a := mat.Row(nil, 0, g)
	beta := mat.DenseCopyOf(g.Slice(1, 1+K, 0, N))      // K x N
	c := mat.DenseCopyOf(g.Slice(1+K, 1+2*K, 0, N).T()) // N x K
	if err := m.pricesOfRisk(a, beta, c); err != nil {
		return nil, err
	}

	// Short rate r_t = Delta0 + Delta1' X_t.
	r := mat.NewDense(T, 1, nil)
	for t := range y {
		r.Set(t, 0, y[t][0]/12)
	}
	d, err := ols(withConstant(X), r)
	if err != nil {
		return nil, fmt.Errorf("curve: FitACM: short-rate regression: %w", err)
	}
	m.Delta0 = d.At(0, 0)
	m.Delta1 = mat.Col(nil, 0, d)[1:]

	m.A, m.B = m.recursion(M, m.Lambda0, m.Lambda1)
	m.ARN, m.BRN = m.recursion(M, make([]float64, K), mat.NewDense(K, K, nil))
	return m, nil
}

func (o ACMOptions) withDefaults(M int) ACMOptions {
	if o.K == 0 {
		o.K = 5
	}
	if o.PCMaturities == nil {
		for n := 3; n <= M; n++ {
			o.PCMaturities = append(o.PCMaturities, n)
		}
	}
	if o.RxMaturities == nil {
		for n := 6; n <= M; n += 6 {
			o.RxMaturities = append(o.RxMaturities, n)
		}
	}
	for _, n := range o.PCMaturities {
		if n < 1 || n > M {
			panic(fmt.Sprintf("curve: FitACM: PC maturity %d outside 1..%d", n, M))
		}
	}
	for _, n := range o.RxMaturities {
		if n < 2 || n > M {
			panic(fmt.Sprintf("curve: FitACM: excess-return maturity %d outside 2..%d", n, M))
		}
	}
	if o.K < 1 || o.K > len(o.PCMaturities) || len(o.RxMaturities) < o.K {
		panic(fmt.Sprintf("curve: FitACM: K = %d with %d PC and %d return maturities", o.K, len(o.PCMaturities), len(o.RxMaturities)))
	}
	return o
}

// pricesOfRisk computes Lambda0 and Lambda1 from the excess-return
// regression coefficients (ACM 2013, eqs. 12-13).
func (m *ACM) pricesOfRisk(a []float64, beta, c *mat.Dense) error {
	K := m.K
	N := len(a)
	adj := make([]float64, N)
	for i := 0; i < N; i++ {
		q := 0.0 // beta_i' Sigma beta_i = vec(beta_i beta_i')' vec(Sigma)
		for j := 0; j < K; j++ {
			for k := 0; k < K; k++ {
				q += beta.At(j, i) * beta.At(k, i) * m.Sigma.At(j, k)
			}
		}
		adj[i] = a[i] + 0.5*(q+m.Sigma2)
	}
	var bbt mat.Dense
	bbt.Mul(beta, beta.T())
	var inv mat.Dense
	if err := inv.Inverse(&bbt); err != nil {
		return fmt.Errorf("curve: FitACM: beta beta' is singular: %w", err)
	}
	var proj mat.Dense
	proj.Mul(&inv, beta) // K x N
	l0 := mat.NewVecDense(K, nil)
	l0.MulVec(&proj, mat.NewVecDense(N, adj))
	m.Lambda0 = l0.RawVector().Data
	m.Lambda1 = mat.NewDense(K, K, nil)
	m.Lambda1.Mul(&proj, c)
	return nil
}

// recursion returns A_n and B_n, n = 0..M, for prices of risk l0, l1.
func (m *ACM) recursion(M int, l0 []float64, l1 *mat.Dense) ([]float64, [][]float64) {
	K := m.K
	A := make([]float64, M+1)
	B := make([][]float64, M+1)
	B[0] = make([]float64, K)
	var q mat.Dense
	q.Sub(m.Phi, l1)
	for n := 1; n <= M; n++ {
		b := mat.NewVecDense(K, B[n-1])
		drift := 0.0
		for k := 0; k < K; k++ {
			drift += B[n-1][k] * (m.Mu[k] - l0[k])
		}
		A[n] = A[n-1] + drift + 0.5*(mat.Inner(b, m.Sigma, b)+m.Sigma2) - m.Delta0
		bn := mat.NewVecDense(K, nil)
		bn.MulVec(q.T(), b)
		B[n] = bn.RawVector().Data
		for k := range B[n] {
			B[n][k] -= m.Delta1[k]
		}
	}
	return A, B
}

// Yield returns the model yields of maturity n months (annualised,
// continuously compounded decimals) at every date: -(12/n)(A_n + B_n' X_t).
// It panics when m is nil or n is outside 1..M.
func (m *ACM) Yield(n int) []float64 {
	must.NotNil("curve: ACM.Yield", "m", m)
	return m.yield(n, m.A, m.B)
}

// RiskNeutralYield returns the yields of maturity n months priced with
// zero prices of risk: the average expected short rate plus convexity.
// It panics when m is nil or n is outside 1..M.
func (m *ACM) RiskNeutralYield(n int) []float64 {
	must.NotNil("curve: ACM.RiskNeutralYield", "m", m)
	return m.yield(n, m.ARN, m.BRN)
}

// TermPremium returns Yield(n) - RiskNeutralYield(n) at every date.
func (m *ACM) TermPremium(n int) []float64 {
	y, rn := m.Yield(n), m.RiskNeutralYield(n)
	for i := range y {
		y[i] -= rn[i]
	}
	return y
}

func (m *ACM) yield(n int, A []float64, B [][]float64) []float64 {
	if n < 1 || n >= len(A) {
		panic(fmt.Sprintf("curve: ACM: maturity %d months outside 1..%d", n, len(A)-1))
	}
	out := make([]float64, len(m.X))
	for t, x := range m.X {
		lp := A[n]
		for k := range x {
			lp += B[n][k] * x[k]
		}
		out[t] = -12 / float64(n) * lp
	}
	return out
}

// MonthlyGrid returns, for each curve, the zero rates at maturities 1..M
// months (the input layout of FitACM). It panics when M < 0 or a curve is
// nil.
func MonthlyGrid(curves []Zero, M int) [][]float64 {
	if M < 0 {
		panic(fmt.Sprintf("curve: MonthlyGrid: M = %d months < 0", M))
	}
	out := make([][]float64, len(curves))
	for i, c := range curves {
		must.NotNil("curve: MonthlyGrid", fmt.Sprintf("curves[%d]", i), c)
		out[i] = make([]float64, M)
		for n := 1; n <= M; n++ {
			out[i][n-1] = c.Rate(float64(n) / 12)
		}
	}
	return out
}
