package plotting

import (
	"bytes"
	"runtime"
	"sync"
	"testing"
	"time"
	"weak"

	"gonum.org/v1/plot"
)

// legendPlot builds a chart with a TopLegend.
func legendPlot() *plot.Plot {
	return Must(Functions{Title: "f", XMin: 0, XMax: 1, Funcs: []Func{
		{Name: "x", F: func(x float64) float64 { return x }}, {Name: "x^2", F: func(x float64) float64 { return x * x }}}}.Plot())
}

// The legend registry is safe for concurrent builders and renderers (run
// with -race) and gives the same bytes as sequential rendering.
func TestLegendRegistryConcurrent(t *testing.T) {
	shared := legendPlot()
	want := Must(SVG(shared, Width/2, Height))
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for range 8 {
		wg.Go(func() {
			for _, d := range []Drawer{shared, legendPlot()} {
				if got := Must(SVG(d, Width/2, Height)); !bytes.Equal(got, want) {
					errs <- "concurrent render differs from sequential"
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// Every plot with a TopLegend is found in the registry while it lives, and
// its entry is removed once it is collected (weak key plus cleanup); so
// are the entries of the panel copies whose legend a Grid draws once.
func TestLegendRegistryReleased(t *testing.T) {
	held := make([]*plot.Plot, 100)
	for i := range held {
		held[i] = legendPlot()
	}
	for i, p := range held {
		if legendOf(p) == nil {
			t.Fatalf("plot %d: legend not registered", i)
		}
	}
	_ = Must(SVG(&Grid{Cols: 10, Plots: held}, Width, Height))
	hidden := 0
	legendOverrides.Range(func(_, _ any) bool { hidden++; return true })
	if hidden < len(held) {
		t.Fatalf("%d panel legend overrides registered, want at least %d", hidden, len(held))
	}
	runtime.KeepAlive(held)
	held = nil
	dead := func() int {
		n := 0
		for _, m := range []*sync.Map{&topLegends, &legendOverrides} {
			m.Range(func(k, _ any) bool {
				if k.(weak.Pointer[plot.Plot]).Value() == nil {
					n++
				}
				return true
			})
		}
		return n
	}
	for range 100 {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
		if dead() == 0 {
			return
		}
	}
	t.Errorf("%d registry entries of collected plots remain", dead())
}

// A second AddTopLegend on a plot extends its legend instead of drawing a
// second one over it.
func TestAddTopLegendTwice(t *testing.T) {
	p := legendPlot()
	l, pad := legendOf(p), p.Title.Padding
	extra := NewGapLine(nil, nil, Default.Line(2))
	names := []string{"a long third entry name", "a fourth entry", "a fifth entry with a long name", "sixth"}
	for _, n := range names {
		Default.AddTopLegend(p, LegendEntry{n, extra})
	}
	if legendOf(p) != l || len(l.Entries) != 2+len(names) {
		t.Fatalf("legend %p with %d entries, want the first one (%p) with %d", legendOf(p), len(l.Entries), l, 2+len(names))
	}
	// Theme.Apply pads the title by 6 pt; the legend's room comes on top,
	// once, and grows with the entries.
	if p.Title.Padding != 6+l.reserved || !(p.Title.Padding > pad) {
		t.Errorf("title padding %v, want 6 + %v (> %v before)", p.Title.Padding, l.reserved, pad)
	}
}
