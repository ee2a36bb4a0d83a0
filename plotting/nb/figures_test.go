package nb

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/plotting"
	"github.com/stockbond/sbcorr/series"
)

func chart(title string) plotting.Drawer {
	d := []time.Time{time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2000, 1, 4, 0, 0, 0, 0, time.UTC)}
	return plotting.Must(plotting.TimeSeries{Title: title, Series: []series.Series{{Name: "a", Dates: d, Values: []float64{1, 2}}}}.Plot())
}

// Charts fill the cell: SVG with its viewBox at 100% width, at most
// NotebookZoom times the chart's width in CSS px; PNG in the same frame.
func TestShowHTML(t *testing.T) {
	svg := svgHTML(chart("t"), plotting.Notebook)
	for _, want := range []string{`<div style="max-width:1134px"><svg style="display:block;width:100%;height:auto" width="680.31pt"`, `viewBox="0 0 680.31 382.68"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG display lacks %q: %.300s", want, svg)
		}
	}
	if strings.Contains(svg, "<?xml") {
		t.Error("XML prolog inside HTML")
	}
	png := pngHTML(chart("a <title>"), 17*vg.Centimeter, 8*vg.Centimeter)
	for _, want := range []string{`<div style="max-width:803px"><img src="data:image/png;base64,`, `alt="a &lt;title&gt;"`, `style="display:block;width:100%;height:auto"`} {
		if !strings.Contains(png, want) {
			t.Errorf("PNG display lacks %q", want)
		}
	}
}

func TestFigurePaths(t *testing.T) {
	dir := t.TempDir()
	paths, size, err := figurePaths(dir, "03_rolling_correlation", "fig17", "", "")
	if err != nil || size != plotting.DoubleColumn {
		t.Fatalf("figurePaths: %v, size %v", err, size)
	}
	want := []string{filepath.Join(dir, "03_fig17.pdf"), filepath.Join(dir, "03_fig17.svg"), filepath.Join(dir, "03_fig17.png")}
	if !slices.Equal(paths, want) {
		t.Errorf("paths %q, want %q", paths, want)
	}
	if err := os.WriteFile(want[1], nil, 0o644); err != nil {
		t.Fatal(err)
	}
	paths, _, _ = figurePaths(dir, "03_rolling_correlation", "fig17", "single", "svg")
	if !slices.Equal(paths, []string{filepath.Join(dir, "03_fig17-2.svg")}) {
		t.Errorf("second fig17: %q", paths)
	}
	if paths, _, _ := figurePaths(dir, "gallery", "x", "", "png"); paths[0] != filepath.Join(dir, "gallery_x.png") {
		t.Errorf("notebook without a number: %q", paths)
	}
	_, _, err = figurePaths(dir, "03", "x", "poster", "")
	errtest.Says(t, "size poster", err, "SBCORR_FIGURE_SIZE", `"poster"`)
	_, _, err = figurePaths(dir, "03", "x", "", "pdf,eps")
	errtest.Says(t, "format eps", err, "SBCORR_FIGURE_FORMATS", `"eps"`)
}

// Under SBCORR_FIGURES, Show writes the chart in every format, named by
// notebook and figure number; without it, nothing.
func TestShowWritesFigures(t *testing.T) {
	dir := t.TempDir()
	Show(chart("Figure 17: rolling correlation"))
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatal("figures written without SBCORR_FIGURES")
	}
	t.Setenv(FiguresEnv, dir)
	t.Setenv(NotebookEnv, "03_rolling_correlation")
	t.Setenv(FigureSizeEnv, "single")
	t.Setenv(FigureFormatsEnv, "svg,pdf")
	Show(chart("Figure 17: rolling correlation"))
	ShowPNG(plotting.Named("extra", chart("Figure 17: again")), 10*vg.Centimeter, 6*vg.Centimeter)
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"03_extra.pdf", "03_extra.svg", "03_fig17.pdf", "03_fig17.svg"}; !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "03_fig17.svg"))
	if !strings.Contains(string(b), `<svg width="252pt"`) {
		t.Errorf("figure not at the single-column size: %.120s", b)
	}
}

// Several sizes go to one subfolder each, under the same names.
func TestShowWritesSeveralSizes(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(FiguresEnv, dir)
	t.Setenv(NotebookEnv, "03_rolling_correlation")
	t.Setenv(FigureSizeEnv, "single,slide")
	t.Setenv(FigureFormatsEnv, "svg")
	Show(chart("Figure 17: rolling correlation"))
	for size, width := range map[string]string{"single": `<svg width="252pt"`, "slide": `<svg width="959.98pt"`} {
		b, err := os.ReadFile(filepath.Join(dir, size, "03_fig17.svg"))
		if err != nil || !strings.Contains(string(b), width) {
			t.Errorf("%s: %v, %.120s", size, err, b)
		}
	}
	t.Setenv(FigureSizeEnv, "single,poster")
	errtest.Panics(t, "size poster", func() { Show(chart("x")) }, "nb: Show: SBCORR_FIGURE_SIZE")
}
