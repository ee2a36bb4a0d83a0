// Package benchdata generates the deterministic inputs shared by the Go
// benchmarks and the peer scripts that `make bench` times against them, so
// both sides measure the same computation on the same numbers.
package benchdata

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Sizes are the sample sizes the harness writes to disk for the peers.
var Sizes = []int{1_000, 2_000, 10_000, 100_000, 1_000_000}

// Rho is the correlation between the two generated series.
const Rho = -0.3

// Pair returns n draws of two standard normal series with correlation Rho,
// scaled like daily returns (1% volatility) and generated from a fixed seed,
// so every call with the same n returns the same numbers.
func Pair(n int) (x, y []float64) {
	rng := rand.New(rand.NewPCG(20240601, uint64(n)))
	x = make([]float64, n)
	y = make([]float64, n)
	c := math.Sqrt(1 - Rho*Rho)
	for i := range x {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		x[i] = 0.01 * a
		y[i] = 0.01 * (Rho*a + c*b)
	}
	return x, y
}

// Write stores Pair(n) for every n in Sizes as little-endian float64 files
// x_<n>.f64 and y_<n>.f64 in dir (numpy.fromfile(path, '<f8') reads them).
func Write(dir string) error {
	for _, n := range Sizes {
		x, y := Pair(n)
		for name, v := range map[string][]float64{"x": x, "y": y} {
			path := filepath.Join(dir, fmt.Sprintf("%s_%d.f64", name, n))
			buf := make([]byte, 8*len(v))
			for i, f := range v {
				binary.LittleEndian.PutUint64(buf[8*i:], math.Float64bits(f))
			}
			if err := os.WriteFile(path, buf, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
