package macro

import "fmt"

// LiParam names one parameter of the Li model, for sensitivity tables.
type LiParam int

// The parameters of the Li model.
const (
	VelR LiParam = iota
	VelPi
	VelDelta
	SigmaR
	SigmaPi
	SigmaDelta
	RhoRPi
	RhoRDelta
	RhoPiDelta
	NumLiParams // the number of parameters
)

var liParamNames = [NumLiParams]string{"varrho_r", "varrho_pi", "varrho_delta", "sigma_r", "sigma_pi", "sigma_delta",
	"rho_r_pi", "rho_r_delta", "rho_pi_delta"}

// String returns the paper's name of the parameter, e.g. "sigma_pi".
func (p LiParam) String() string { return paramName(liParamNames[:], "LiParam", int(p)) }

// paramName returns names[i], or kind(i) for an unknown index.
func paramName(names []string, kind string, i int) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("%s(%d)", kind, i)
	}
	return names[i]
}

// fields returns pointers to the parameters, indexed by LiParam.
func (m *Li) fields() [NumLiParams]*float64 {
	return [NumLiParams]*float64{&m.VelR, &m.VelPi, &m.VelDelta, &m.SigmaR, &m.SigmaPi, &m.SigmaDelta,
		&m.RhoRPi, &m.RhoRDelta, &m.RhoPiDelta}
}

// With returns a copy of m with parameter p set to v. It panics on an
// unknown parameter.
func (m Li) With(p LiParam, v float64) Li {
	if p < 0 || p >= NumLiParams {
		panic(fmt.Sprintf("macro: Li.With: unknown parameter %d", int(p)))
	}
	*m.fields()[p] = v
	return m
}

// Sensitivity returns rho_SB for each value of parameter p, all other
// parameters held at m (one column of Tables 6-10). The error names the
// first value whose model is invalid.
func (m Li) Sensitivity(p LiParam, values []float64) ([]float64, error) {
	return sweep("Li.Sensitivity", p, values, func(v float64) (float64, error) { return m.With(p, v).Correlation() })
}

// sweep returns f(x) for each x of xs; the error names the function, the
// parameter and the first value for which f fails.
func sweep(fn string, p fmt.Stringer, xs []float64, f func(x float64) (float64, error)) ([]float64, error) {
	out := make([]float64, len(xs))
	for i, x := range xs {
		y, err := f(x)
		if err != nil {
			return nil, fmt.Errorf("macro: %s: %s = %v: %w", fn, p, x, err)
		}
		out[i] = y
	}
	return out, nil
}

// LiColumn is one column pair of a sensitivity table of the paper: the
// values of the varied parameter and rho_SB as printed. An empty Printed
// entry is a cell that the text extraction garbled: it is recomputed from
// the stated parameters but cannot be compared.
type LiColumn struct {
	Param   LiParam
	Values  []float64 // decimals
	Printed []string  // rho_SB as printed ("51.1%"), "" where unreadable
}

// LiTable is one of Tables 6-10 of Portelli & Roncalli (2024): a base
// parameter set and three sensitivity columns.
type LiTable struct {
	Name    string
	Base    Li
	Columns []LiColumn
	Note    string // how garbled cells were read
}

// LiPaperTables returns the printed content of Tables 6-10 (section 2.4.1),
// used by the tests and the notebook to compare the closed form with the
// paper. Parameter values missing from the extraction are inferred from
// the other tables (the same grid 0.10/0.25/0.50/0.75, 1/2/3/5% and
// 1/5/10/30%) and from the printed correlations.
func LiPaperTables() []LiTable {
	vel := []float64{0.10, 0.25, 0.50, 0.75}
	velNeg := []float64{-0.10, -0.20, -0.30, -0.50}
	sig := []float64{0.01, 0.02, 0.03, 0.05}
	sigD := []float64{0.01, 0.05, 0.10, 0.30}
	pd := LiDefault()
	pd.RhoPiDelta = 0.5
	return []LiTable{
		{Name: "Table 6", Base: LiDefault(), Columns: []LiColumn{
			{VelR, vel, []string{"", "39.6%", "51.1%", "70.1%"}},
			{VelPi, vel, []string{"55.7%", "56.7%", "55.4%", "37.1%"}},
			{VelDelta, vel, []string{"", "50.6%", "47.9%", "44.4%"}},
		}, Note: "first row (velocity 0.10) garbled except 55.7% (varrho_pi)"},
		{Name: "Table 7", Base: LiDefault(), Columns: []LiColumn{
			{SigmaR, sig, []string{"51.1%", "70.5%", "80.4%", "89.9%"}},
			{SigmaPi, sig, []string{"", "24.1%", "-0.2%", "-34.3%"}},
			{SigmaDelta, sigD, []string{"53.8%", "51.1%", "", "42.5%"}},
		}, Note: "sigma_pi = 1% and sigma_delta = 10% cells missing"},
		{Name: "Table 8", Base: LiNegativeDefault(), Columns: []LiColumn{
			{VelR, velNeg, []string{"47.8%", "46.2%", "44.9%", "42.5%"}},
			{VelPi, velNeg, []string{"", "44.9%", "43.6%", "41.3%"}},
			{VelDelta, velNeg, []string{"", "44.9%", "46.8%", "50.4%"}},
		}, Note: "header and first row garbled except 47.8% (varrho_r)"},
		{Name: "Table 9", Base: LiNegativeDefault(), Columns: []LiColumn{
			{SigmaR, sig, []string{"44.9%", "58.4%", "67.9%", "79.9%"}},
			{SigmaPi, sig, []string{"44.9%", "52.8%", "61.8%", "76.4%"}},
			{SigmaDelta, sigD, []string{"", "44.9%", "32.2%", "23.0%"}},
		}, Note: "sigma_delta = 1% cell missing"},
		{Name: "Table 10", Base: pd, Columns: []LiColumn{
			{SigmaR, sig, []string{"4.4%", "45.6%", "64.9%", "82.3%"}},
			{SigmaPi, sig, []string{"4.4%", "-33.4%", "-53.1%", "-72.0%"}},
			{SigmaDelta, sigD, []string{"28.3%", "4.4%", "-2.7%", "-8.3%"}},
		}, Note: "the sigma_r column is printed without the % sign (4.4, 45.6, 64.9, 82.3)"},
	}
}
