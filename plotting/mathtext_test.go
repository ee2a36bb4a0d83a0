package plotting

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/series"
	stdfnt "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

var (
	mathH    = Math{Fonts: font.DefaultCache}
	sans10   = font.Font{Typeface: "Liberation", Variant: "Sans", Size: 10}
	serif    = font.Font{Typeface: "Liberation", Variant: "Serif", Size: 10}
	serifIt  = font.Font{Typeface: "Liberation", Variant: "Serif", Style: stdfnt.StyleItalic, Size: 10}
	closeLen = func(a, b vg.Length) bool { return math.Abs(float64(a-b)) < 1e-9 }
)

func width(f font.Font, s string) vg.Length {
	face := font.DefaultCache.Lookup(f, f.Size)
	return face.Width(s)
}

// Text without a dollar sign is plain text, measured and drawn as by
// gonum's text.Plain.
func TestMathPlainText(t *testing.T) {
	plain := text.Plain{Fonts: font.DefaultCache}
	for _, s := range []string{"correlation", "rho_SB (%)", `back\slash`, ""} {
		w1, h1, d1 := mathH.Box(s, sans10)
		w2, h2, d2 := plain.Box(s, sans10)
		if w1 != w2 || h1 != h2 || d1 != d2 {
			t.Errorf("Box(%q): %v %v %v, Plain %v %v %v", s, w1, h1, d1, w2, h2, d2)
		}
	}
	// A chart without math draws the same bytes with either handler.
	build := func(h text.Handler) []byte {
		th := Default
		th.Text = h
		return Must(SVG(Must(TimeSeries{Title: "a title", YLabel: "y", Theme: &th,
			Series: []series.Series{{Name: "a", Dates: days(50), Values: wave(50)}, {Name: "b", Dates: days(50), Values: wave(50)}}}.Plot()), Width, Height))
	}
	if !bytes.Equal(build(Math{Fonts: font.DefaultCache}), build(plot.DefaultTextHandler)) {
		t.Error("a chart without math differs between Math and the plain handler")
	}
}

// Subscripts are 70% of the size, below the baseline right after the
// base; superscripts above; both stack at the same x; a second level is 50%.
func TestMathScripts(t *testing.T) {
	b := mathH.layout(`$\rho_{SB}$`, sans10)
	if len(b.runs) != 2 {
		t.Fatalf("runs %+v, want ρ and SB", b.runs)
	}
	rho, sub := b.runs[0], b.runs[1]
	if rho.txt != "ρ" || rho.font != serifIt || rho.x != 0 || rho.y != 0 {
		t.Errorf("base %+v, want ρ in Liberation Serif Italic 10 at 0, 0", rho)
	}
	sub7 := serifIt
	sub7.Size = 7
	if sub.txt != "SB" || sub.font != sub7 || !closeLen(sub.x, width(serifIt, "ρ")) || !(sub.y < 0) {
		t.Errorf("subscript %+v, want SB at 7 pt after ρ, below the baseline", sub)
	}
	if want := width(serifIt, "ρ") + width(sub7, "SB"); !closeLen(b.w, want) {
		t.Errorf("width %v, want %v", b.w, want)
	}
	both := mathH.layout(`$x^2_i$`, sans10)
	var up, down mathRun
	for _, r := range both.runs {
		switch r.txt {
		case "2":
			up = r
		case "i":
			down = r
		}
	}
	if !(up.y > 0 && down.y < 0 && up.x >= down.x && up.x-down.x < 1) {
		t.Errorf("x^2_i: sup %+v, sub %+v: want stacked after x", up, down)
	}
	nested := mathH.layout(`$e^{x^2}$`, sans10)
	if r := nested.runs[len(nested.runs)-1]; r.txt != "2" || r.font.Size != 5 {
		t.Errorf("second-level script %+v, want 2 at 5 pt", r)
	}
	if h := nested.asc; !(h > mathH.Extents(serifIt).Ascent) {
		t.Errorf("a superscript does not raise the box: ascent %v", h)
	}
}

// Letters are italic, digits and operators upright, the minus sign is
// U+2212 with space around binary operators and relations, and none for a
// unary minus; Greek capitals are upright; \mathrm and \text switch fonts.
func TestMathFontsAndSpacing(t *testing.T) {
	runs := func(s string) []mathRun { return mathH.layout(s, sans10).runs }
	r := runs(`$\rho^\star = -17.78\%$`)
	texts := make([]string, len(r))
	for i, x := range r {
		texts[i] = x.txt
	}
	if strings.Join(texts, "|") != "ρ|*|=|−17.78%" { // a unary minus joins its number
		t.Fatalf("runs %q", texts)
	}
	eq, minus := r[2], r[3]
	if eq.font != serif || minus.font != serif {
		t.Errorf("= and − in %v and %v, want upright serif", eq.font, minus.font)
	}
	if gap := eq.x - (r[0].x + width(serifIt, "ρ")); !(gap > 2) {
		t.Errorf("no space before =: %v", gap)
	}
	bin := runs(`$a-b$`)
	if len(bin) != 3 || bin[1].txt != "−" {
		t.Fatalf("a-b: %+v", bin)
	}
	if gap := bin[1].x - width(serifIt, "a"); !(gap > 1.5) {
		t.Errorf("no space before a binary minus: %v", gap)
	}
	if gap := bin[2].x - bin[1].x - width(serif, "−"); !(gap > 1.5) {
		t.Errorf("no space after a binary minus: %v", gap)
	}
	if g := runs(`$\Phi$`)[0]; g.txt != "Φ" || g.font != serif {
		t.Errorf("Phi %+v, want upright", g)
	}
	if g := runs(`$\mathrm{SR}(x)$`); len(g) != 3 || g[0].txt != "SR(" || g[0].font != serif || g[1].font != serifIt {
		t.Errorf(`\mathrm{SR}(x): %+v`, g)
	}
	if g := runs(`$\text{if } x$`); g[0].txt != "if " || g[0].font != sans10 {
		t.Errorf(`\text{if }: %+v`, g[0])
	}
	if g := runs(`$\foo$`); g[0].txt != `\foo` {
		t.Errorf(`unknown command printed as %q`, g[0].txt)
	}
}

// Plain segments keep the text's font; dollars pair up, \$ is a dollar and
// an unpaired dollar is printed.
func TestSplitMath(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"no math", []string{"no math"}},
		{`a $x$ b`, []string{"a ", "x", " b"}},
		{`costs \$5 and $x$`, []string{"costs $5 and ", "x", ""}},
		{`US$ returns`, []string{"US$ returns"}},
		{`$a$ and $b`, []string{"", "a", " and $b"}},
		{`$\$x$`, []string{"", `\$x`, ""}},
	} {
		if got := splitMath(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if g := mathH.layout(`a $x$`, sans10).runs; g[0].txt != "a " || g[0].font != sans10 || g[1].font != serifIt {
		t.Errorf("mixed line: %+v", g)
	}
}

// Accents sit above the ink of their base, centred; \bar is a rule.
func TestMathAccents(t *testing.T) {
	b := mathH.layout(`$\tilde\rho$`, sans10)
	if len(b.runs) != 2 || b.runs[1].txt != "˜" {
		t.Fatalf("runs %+v", b.runs)
	}
	base := mathBox{runs: b.runs[:1]}
	acc := mathBox{runs: b.runs[1:]}
	if !(mathH.inkBottom(acc) > mathH.inkTop(base)) {
		t.Errorf("tilde bottom %v not above rho top %v", mathH.inkBottom(acc), mathH.inkTop(base))
	}
	bar := mathH.layout(`$\bar{x}$`, sans10)
	if r := bar.runs[1]; r.txt != "" || !(r.w > 0 && r.h > 0) || !(r.y > 0) {
		t.Errorf("bar rule %+v", r)
	}
}

// Wrapping never cuts a formula.
func TestMathFields(t *testing.T) {
	got := mathFields(`the value $\rho = 0.5$ of \$3 $x$`)
	want := []string{"the", "value", `$\rho = 0.5$`, "of", `\$3`, "$x$"}
	if !slices.Equal(got, want) {
		t.Errorf("mathFields = %q, want %q", got, want)
	}
}

// $\rho$ in a serif title draws exactly what the plain handler draws for
// "ρ" in Liberation Serif Italic: the same PNG bytes.
func TestMathRendersLikePlainGlyphs(t *testing.T) {
	build := func(title string, h text.Handler, f font.Font) []byte {
		p := Default.New()
		p.Title.Text = title
		p.Title.TextStyle.Handler = h
		p.Title.TextStyle.Font = f
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
		return Must(PNG(p, 4*vg.Centimeter, 3*vg.Centimeter, 150))
	}
	it, up := serifIt, serif
	it.Size, up.Size = Default.TitleSize, Default.TitleSize
	a := build(`$\rho$`, Math{Fonts: font.DefaultCache}, up)
	b := build("ρ", text.Plain{Fonts: font.DefaultCache}, it)
	if !bytes.Equal(a, b) {
		t.Error(`$\rho$ differs from a plain italic ρ`)
	}
}

// The SVG names the serif font of math with fallbacks; the PDF outlines
// glyphs along the advances the layout measured.
func TestMathInSVGAndPDF(t *testing.T) {
	p := Must(Functions{Title: `$\rho_{SB}$`, XMin: 0, XMax: 1, Funcs: []Func{{F: func(x float64) float64 { return x }}}}.Plot())
	svg := Must(SVG(p, Width, Height))
	if !bytes.Contains(svg, []byte("font-family:'Liberation Serif','Times New Roman',Times,serif;font-variant:normal;font-weight:normal;font-style:italic")) ||
		!bytes.Contains(svg, []byte(">ρ</text>")) {
		t.Error("SVG lacks ρ in Liberation Serif Italic with fallbacks")
	}
	face := font.DefaultCache.Lookup(serifIt, 10)
	var path vg.Path
	outline(&path, face, vg.Point{}, "ρ−x")
	var maxX vg.Length
	for _, c := range path {
		maxX = max(maxX, c.Pos.X)
	}
	if w := face.Width("ρ−x"); !(maxX > 0.8*w && maxX <= w) {
		t.Errorf("outline of ρ−x reaches x = %v, advance width %v", maxX, w)
	}
}
