package copula

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestBadInput checks that every data problem (empty or constant
// samples, alpha outside (0, 0.5), copula parameters out of range, |rho| >= 1
// in a Gaussian copula) is an error whose message says what is wrong.
func TestBadInput(t *testing.T) {
	ramp := make([]float64, 50)
	flat := make([]float64, 50)
	for i := range ramp {
		ramp[i], flat[i] = float64(i), 0.01
	}
	nan := math.NaN()
	cases := []struct {
		name, want string
		err        func() error
	}{
		// Empty and constant samples.
		{"PseudoObs empty", "empty sample", func() error { _, err := PseudoObs(nil); return err }},
		{"NormalScoresCorr empty", "0 pairs", func() error { _, err := NormalScoresCorr(nil, nil); return err }},
		{"NormalScoresCorr constant", "constant series", func() error { _, err := NormalScoresCorr(flat, ramp); return err }},
		{"Classify empty", "empty sample", func() error { _, err := Classify(nil, 0.1); return err }},
		{"Classify constant", "constant series", func() error { _, err := Classify(flat, 0.1); return err }},
		{"RegimeTable empty", "0 pairs", func() error { _, err := RegimeTable(nil, nil, 0.1); return err }},
		{"RegimeTable constant y", "RegimeTable (y): constant series", func() error { _, err := RegimeTable(ramp, flat, 0.1); return err }},
		{"RegimeCorr constant x", "RegimeCorr (x): constant series", func() error { _, err := RegimeCorr(flat, ramp, 0.1, Normal, Normal); return err }},
		{"Dependogram NaN", "x[3] is NaN", func() error {
			x := append([]float64(nil), ramp...)
			x[3] = nan
			_, _, err := Dependogram(x, ramp)
			return err
		}},
		// alpha outside (0, 0.5).
		{"Classify alpha 0", "outside (0, 0.5)", func() error { _, err := Classify(ramp, 0); return err }},
		{"Classify alpha 0.5", "outside (0, 0.5)", func() error { _, err := Classify(ramp, 0.5); return err }},
		{"RegimeTable alpha -0.1", "outside (0, 0.5)", func() error { _, err := RegimeTable(ramp, ramp, -0.1); return err }},
		{"RegimeCorr alpha NaN", "outside (0, 0.5)", func() error { _, err := RegimeCorr(ramp, ramp, nan, Normal, Normal); return err }},
		{"GaussianRegimeTable alpha 0.6", "outside (0, 0.5)", func() error { _, err := GaussianRegimeTable(0.3, 0.6); return err }},
		{"LocalCorr alpha 1", "outside (0, 0.5)", func() error { _, err := LocalCorr(0.02, 1, Bad, Bad); return err }},
		// Correlations and copula parameters out of range.
		{"Gaussian rho 1", "|rho| < 1", Gaussian{Rho: 1}.Validate},
		{"Gaussian rho -1", "|rho| < 1", Gaussian{Rho: -1}.Validate},
		{"Gaussian rho NaN", "|rho| < 1", Gaussian{Rho: nan}.Validate},
		{"GaussianFromTau 1", "tau", func() error { _, err := GaussianFromTau(1); return err }},
		{"GaussianRegimeTable rho 1.2", "> 1", func() error { _, err := GaussianRegimeTable(1.2, 0.1); return err }},
		{"Calibrate rho 1", "|rho| < 1", func() error { _, err := Calibrate(FamilyGaussian, 1, 0, 0); return err }},
		{"Calibrate bad angle", "angle 90 or 270", func() error { _, err := Calibrate(FamilyClayton, -0.3, 0, 180); return err }},
		{"Calibrate unknown family", "unknown family", func() error { _, err := Calibrate("Joe", 0.3, 0, 0); return err }},
		{"StudentT rho 1", "|rho| < 1", StudentT{Rho: 1, Nu: 4}.Validate},
		{"StudentT nu 0", "0 < nu", StudentT{Rho: 0.3, Nu: 0}.Validate},
		{"StudentTFromTau nu -1", "nu", func() error { _, err := StudentTFromTau(0.2, -1); return err }},
		{"Clayton theta 0", "0 < theta", Clayton{Theta: 0}.Validate},
		{"Clayton theta -1", "0 < theta", Clayton{Theta: -1}.Validate},
		{"ClaytonFromTau -0.2", "outside (0, 1)", func() error { _, err := ClaytonFromTau(-0.2); return err }},
		{"Frank theta 0", "theta != 0", Frank{Theta: 0}.Validate},
		{"Frank theta Inf", "theta != 0", Frank{Theta: math.Inf(1)}.Validate},
		{"FrankFromTau 1", "0 < |tau| < 0.99", func() error { _, err := FrankFromTau(1); return err }},
		{"Gumbel theta 0.5", "1 <= theta", Gumbel{Theta: 0.5}.Validate},
		{"GumbelFromTau -0.1", "outside [0, 1)", func() error { _, err := GumbelFromTau(-0.1); return err }},
		{"Rotated angle 45", "angle 45", Rotated{C: Clayton{Theta: 1}, Angle: 45}.Validate},
		{"Rotated bad inner", "0 < theta", Rotated{C: Clayton{Theta: -2}, Angle: 90}.Validate},
		{"LocalCorr p 1.5", "outside [0, 1]", func() error { _, err := LocalCorr(1.5, 0.1, Bad, Bad); return err }},
		{"LocalCorr unattainable", "not attainable", func() error { _, err := LocalCorr(0.2, 0.1, Bad, Bad); return err }},
	}
	for _, c := range cases {
		errtest.Says(t, c.name, c.err(), c.want)
	}
}
