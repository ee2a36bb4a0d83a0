package plotting

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/check"
)

// labels returns the labels of the labelled ticks.
func labels(ticks []plot.Tick) []string {
	var out []string
	for _, tk := range ticks {
		if tk.Label != "" {
			out = append(out, tk.Label)
		}
	}
	return out
}

// Narrow ranges get at least three distinct labels, in every unit, at the
// label counts fit asks for on short axes (3) and by default; a short axis
// that would print five labels prints the odd multiples of the step.
func TestTicksNarrowRanges(t *testing.T) {
	for _, tc := range []struct {
		name     string
		ticker   plot.Ticker
		min, max float64
		want     string
	}{
		{"plain", NiceTicks{Labels: 3}, 0.1231, 0.1236, "0.1232 0.1234 0.1236"},
		{"plain default", NiceTicks{}, 0.1231, 0.1236, "0.1231 0.1232 0.1233 0.1234 0.1235 0.1236"},
		{"plain inside", NiceTicks{Labels: 3}, 0.12312, 0.12358, "0.1232 0.1233 0.1234 0.1235"},
		{"percent", FormatTicks{Kind: check.PercentKind, Labels: 3}, 0.1231, 0.1236, "12.32% 12.34% 12.36%"},
		{"percent inside", FormatTicks{Kind: check.PercentKind, Labels: 3}, 0.12312, 0.12358, "12.32% 12.33% 12.34% 12.35%"},
		{"bp", FormatTicks{Kind: check.BasisPoints, Labels: 3}, 0.01231, 0.01236, "123.2 bp 123.4 bp 123.6 bp"},
		// Five labels crowd a short axis; its even multiples are two: the odd ones.
		{"short, odd multiples", NiceTicks{Labels: 3}, 0.1, 2.5, "0.5 1.5 2.5"},
		{"short percent", FormatTicks{Kind: check.PercentKind, Labels: 3}, 0.01, 0.25, "5% 15% 25%"},
		{"short percent, decimals", FormatTicks{Kind: check.PercentKind, Labels: 3}, 0.0001, 0.0025, "0.05% 0.15% 0.25%"},
	} {
		got := strings.Join(labels(tc.ticker.Ticks(tc.min, tc.max)), " ")
		if got != tc.want {
			t.Errorf("%s [%v, %v]: %q, want %q", tc.name, tc.min, tc.max, got, tc.want)
		}
	}
}

// Any finite range wider than 1e-9 of its magnitude gets 3 or more
// distinct labelled ticks inside it, and not many more than asked for.
func TestTicksAlwaysThreeLabels(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		centre := (2*r.Float64() - 1) * []float64{1, 100, 1e4, 1e-3}[i%4]
		width := r.ExpFloat64() * []float64{1e-4, 1e-2, 1, 1e-7}[i/4%4]
		lo, hi := centre-width*r.Float64(), centre+width*r.Float64()
		if hi-lo <= 1e-9*math.Max(math.Abs(lo), math.Abs(hi)) {
			continue
		}
		for _, n := range []int{3, 4, 6, 10} {
			for _, tk := range []plot.Ticker{NiceTicks{Labels: n}, FormatTicks{Kind: check.PercentKind, Labels: n},
				FormatTicks{Kind: check.BasisPoints, Labels: n}} {
				ticks := tk.Ticks(lo, hi)
				ls := labels(ticks)
				seen := map[string]bool{}
				for _, l := range ls {
					if seen[l] {
						t.Fatalf("%T n=%d [%.12g, %.12g]: label %q twice in %q", tk, n, lo, hi, l, ls)
					}
					seen[l] = true
				}
				if len(ls) < 3 || len(ls) > 2*n+2 {
					t.Fatalf("%T n=%d [%.12g, %.12g]: %d labels %q", tk, n, lo, hi, len(ls), ls)
				}
				for _, tk := range ticks {
					if tk.Value < lo || tk.Value > hi {
						t.Fatalf("n=%d [%.12g, %.12g]: tick %v outside", n, lo, hi, tk.Value)
					}
				}
			}
		}
	}
}

// A range too narrow for float64 labels to differ gets one tick at its
// middle instead of repeated labels (or an endless loop).
func TestTicksDegenerate(t *testing.T) {
	for _, r := range [][2]float64{{7242.053913, 7242.053913 + 1e-10}, {1, 1}, {2, 1}} {
		if ls := labels(NiceTicks{}.Ticks(r[0], r[1])); len(ls) != 1 {
			t.Errorf("[%v, %v]: labels %q, want one", r[0], r[1], ls)
		}
	}
}

// Every date span of 10 minutes or more gets at least two labels, however
// few labels the axis has room for (a year and a half on a narrow panel
// holds one January: it gets half-years instead).
func TestDateTicksAtLeastTwoLabels(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 5000 {
		lo := r.Float64() * 1.5e9
		w := 600 + r.ExpFloat64()*[]float64{3600 * 5, 86400 * 30, 86400 * 400, 86400 * 3650}[i%4]
		for _, n := range []int{2, 3, 5, 10} {
			if ls := labels(DateTicks{MaxLabels: n}.Ticks(lo, lo+w)); len(ls) < 2 {
				t.Fatalf("MaxLabels %d, %v to %v: labels %q", n, Date(lo), Date(lo+w), ls)
			}
		}
	}
	for _, tc := range []struct {
		from, to string
		n        int
		want     string
	}{
		{"2011-01-28", "2011-12-08", 3, "Apr 2011 Jul 2011 Oct 2011"}, // half-years would give Jul 2011 only
		{"2015-05-24", "2016-06-03", 2, "Jul 2015 Jan 2016"},          // years would give 2016 only
	} {
		got := strings.Join(labels(DateTicks{MaxLabels: tc.n}.Ticks(Unix(mustDate(tc.from)), Unix(mustDate(tc.to)))), " ")
		if got != tc.want {
			t.Errorf("%s..%s, MaxLabels %d: %q, want %q", tc.from, tc.to, tc.n, got, tc.want)
		}
	}
}

// On a short axis where the smallest 1-2-5 step with three labels gives
// twice too many, every second tick is labelled.
func TestNiceTicksShortAxis(t *testing.T) {
	got := labels(NiceTicks{Labels: 3}.Ticks(-0.4, 0.6))
	if want := []string{"-0.4", "0.0", "0.4"}; !slices.Equal(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
	if got := labels(FormatTicks{Kind: check.PercentKind, Labels: 3}.Ticks(-0.4, 0.6)); !slices.Equal(got, []string{"-40%", "0%", "40%"}) {
		t.Errorf("percent labels %q", got)
	}
	if got := labels(NiceTicks{Labels: 6}.Ticks(-0.4, 0.6)); len(got) != 6 {
		t.Errorf("a long axis lost labels: %q", got)
	}
}

// Decade labels get one minor tick between them, at the half-decade.
func TestDateTicksDecadeMinors(t *testing.T) {
	from, to := time.Date(1961, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	var got []string
	for _, tk := range (DateTicks{MaxLabels: 7}).Ticks(Unix(from), Unix(to)) {
		got = append(got, cmp.Or(tk.Label, Date(tk.Value).Format("(2006)")))
	}
	if want := "(1965) 1970 (1975) 1980 (1985) 1990 (1995) 2000 (2005) 2010 (2015) 2020"; strings.Join(got, " ") != want {
		t.Errorf("ticks %q, want %q", strings.Join(got, " "), want)
	}
}
