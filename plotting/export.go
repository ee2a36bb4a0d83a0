package plotting

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// Render draws d at size s in format "svg", "png" or "pdf" (see Size.SVG,
// Size.PNG and Size.PDF), or returns an error for another format.
func Render(d Drawer, format string, s Size) ([]byte, error) {
	switch format {
	case "svg":
		return s.svg("Render", d)
	case "png":
		return s.png("Render", d)
	case "pdf":
		return s.pdf("Render", d)
	}
	return nil, fmt.Errorf("plotting: Render: format %q is not svg, png or pdf", format)
}

// Save writes d to path at size s, in the format of the file extension
// (.svg, .png or .pdf), creating the folder if needed: one line to export
// a figure for a write-up,
//
//	plotting.Save("fig2.pdf", chart, plotting.SingleColumn)
//
// It returns an error for another extension or when writing fails.
func Save(path string, d Drawer, s Size) error {
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	b, err := Render(d, format, s)
	if err != nil {
		return fmt.Errorf("plotting: Save %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("plotting: Save: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("plotting: Save: %w", err)
	}
	return nil
}

// Named gives chart d the figure name used by FigureName (and so by
// nb.Show under `make figures`) instead of the name derived from its
// titles. It draws as d.
func Named(name string, d Drawer) Drawer { return namedChart{d, name} }

type namedChart struct {
	Drawer
	name string
}

func (n namedChart) Draw(c draw.Canvas) { n.Drawer.Draw(c) }

// unwrap returns the chart under any Named wrapper.
func unwrap(d Drawer) Drawer {
	for {
		n, ok := d.(namedChart)
		if !ok {
			return d
		}
		d = n.Drawer
	}
}

// FigureName returns a stable file name for chart d: the name given by
// Named or by the Name field of its builder (or Grid); else "fig" and the
// figure numbers of its titles (the chart's, then, for a Grid, its
// panels'), joined by "-": "Figure 17: ..." gives fig17, "Figures 52-53:
// ..." fig52-53, panels "Figure 4: ..." and "Figure 5: ..." fig4-5; else a
// slug of the first title (lower-case letters and digits joined by "-", at
// most 40 characters, math commands kept as words: "$\rho$" gives rho);
// else "chart". A name that must not change with the data (a title
// holding a computed number, a title marked [SYNTHETIC DATA]) is best set
// with Name.
func FigureName(d Drawer) string {
	if n, ok := d.(namedChart); ok {
		return n.name
	}
	if g, ok := d.(*Grid); ok && g.Name != "" {
		return g.Name
	}
	titles := chartTitles(unwrap(d))
	var nums []string
	seen := map[string]bool{}
	for _, t := range titles {
		for _, m := range figureRef.FindAllStringSubmatch(t, -1) {
			for _, n := range figureNum.FindAllString(m[1], -1) {
				if !seen[n] {
					seen[n] = true
					nums = append(nums, n)
				}
			}
		}
	}
	if len(nums) > 0 {
		return "fig" + strings.Join(nums, "-")
	}
	for _, t := range titles {
		if s := slug(t, 40); s != "" {
			return s
		}
	}
	return "chart"
}

var (
	figureRef = regexp.MustCompile(`(?i)\bfig(?:ure)?s?\.?\s+((?:\d+[a-z]?)(?:\s*(?:-|–|,|and|&)\s*\d+[a-z]?)*)`)
	figureNum = regexp.MustCompile(`\d+[a-z]?`)
	nonWord   = regexp.MustCompile(`[^a-z0-9]+`)
)

// chartTitles returns the titles of d: a plot's, a Figure's main plot's, a
// Grid's and then its panels'.
func chartTitles(d Drawer) []string {
	switch c := d.(type) {
	case *plot.Plot:
		return []string{c.Title.Text}
	case *Figure:
		return []string{c.Main.Title.Text}
	case *Grid:
		out := []string{c.Title}
		for _, p := range c.Plots {
			if p != nil {
				out = append(out, p.Title.Text)
			}
		}
		return out
	}
	return nil
}

// slug returns s in lower case with every run of other characters than
// ASCII letters and digits replaced by one "-", cut to at most n
// characters at a "-".
func slug(s string, n int) string {
	s = strings.Trim(nonWord.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if len(s) > n {
		s = s[:n]
		if i := strings.LastIndex(s, "-"); i > 0 {
			s = s[:i]
		}
	}
	return s
}

// ChartTitle returns the first title of chart d that is not blank (the
// chart's, else a Grid panel's; see FigureName), or "".
func ChartTitle(d Drawer) string {
	if n, ok := d.(namedChart); ok {
		d = n.Drawer
	}
	for _, t := range chartTitles(unwrap(d)) {
		if strings.TrimSpace(t) != "" {
			return t
		}
	}
	return ""
}
