package plotting

import (
	"math"
	"strings"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// Math is the text handler of every Theme (titles, axis labels, tick
// labels, legends, annotations): the parts of a text between dollar signs
// are typeset as math, the way MathJax typesets the notebooks' text, so
// that "correlation $\rho_{SB}$" reads "correlation ρ" with a subscript SB,
// and "$\tilde\rho_{2,3}$", "$\pi^\star_3$", "$\sigma^2$" or
// "$\rho^\star = -17.78\%$" look as in the paper. A text without a dollar
// sign is drawn exactly as by gonum's text.Plain.
//
// Math follows LaTeX: letters in italic, digits and operators upright,
// lowercase Greek italic and uppercase upright, in the serif face of the
// text's typeface (Liberation Serif, which has the Greek letters, and
// SVG viewers fall back to Times); space around =, <, + and - (drawn as a
// minus sign), none in scripts; spaces in the source are ignored. It
// knows: _x, _{...}, ^x, ^{...} (sub- and superscripts, stacked when both,
// at 70% then 50% of the size), {...} groups, the Greek letters (\alpha to
// \omega, \varepsilon, \vartheta, \varphi, \varrho, \Gamma to \Omega),
// accents \tilde, \hat, \dot, \bar and \overline, font switches \mathrm,
// \mathit, \mathbf, \text and \operatorname, the functions \log, \exp, \ln,
// \min, \max, \sin, \cos, \Pr, \var, \cov, \corr, the symbols \pm, \times,
// \cdot, \leq, \geq, \neq, \approx, \sim, \to, \infty, \partial, \sum,
// \ldots, \prime, \star and \ast (an asterisk on the math axis), \deg,
// spaces \, \: \; \quad \qquad "\ " \!, \frac{a}{b} (drawn a/b), \sqrt{x}
// and the escapes \% \$ \# \& \_ \{ \}. An unknown command is printed as
// written, an unpaired dollar sign as a dollar; write \$ for a dollar sign
// in a text that has math. Glyphs the font lacks print as its
// missing-glyph box.
type Math struct {
	Fonts *font.Cache
}

var _ text.Handler = Math{}

// Cache implements text.Handler.
func (m Math) Cache() *font.Cache { return m.Fonts }

// Extents implements text.Handler: the extents of fnt.
func (m Math) Extents(fnt font.Font) font.Extents {
	face := m.Fonts.Lookup(fnt, fnt.Size)
	return face.Extents()
}

// Lines implements text.Handler: the lines of txt, as text.Plain splits them.
func (m Math) Lines(txt string) []string { return m.plain().Lines(txt) }

// Box implements text.Handler: the width of a line of text and its height
// above and depth below the baseline (at least those of fnt).
func (m Math) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	if !strings.Contains(txt, "$") {
		return m.plain().Box(txt, fnt)
	}
	b := m.layout(txt, fnt)
	return b.w, b.asc, b.desc
}

// Draw implements text.Handler, with the alignment and rotation of
// text.Plain.
func (m Math) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	if !strings.Contains(txt, "$") {
		m.plain().Draw(c, txt, sty, pt)
		return
	}
	txt = strings.TrimRight(txt, "\n")
	if len(txt) == 0 {
		return
	}
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	sin, cos := vg.Length(sin64), vg.Length(cos64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := m.Lines(txt)
	// Aligned by the font's height, as text.Plain aligns, not by the math's
	// extents: math sits on the baseline the same text without math would
	// have (a subscript does not move a centred legend entry down).
	plain := sty
	plain.Handler = m.plain()
	pt.Y += plain.Height(txt)*vg.Length(sty.YAlign) - m.Extents(sty.Font).Ascent
	for i, line := range lines {
		b := m.layout(line, sty.Font)
		o := pt.Add(vg.Point{X: vg.Length(sty.XAlign) * b.w, Y: vg.Length(len(lines)-i) * sty.Font.Size})
		for _, r := range b.runs {
			at := o.Add(vg.Point{X: r.x, Y: r.y})
			if r.txt == "" { // a rule (\bar, \overline, \sqrt)
				var p vg.Path
				p.Move(at)
				p.Line(vg.Point{X: at.X + r.w, Y: at.Y})
				p.Line(vg.Point{X: at.X + r.w, Y: at.Y + r.h})
				p.Line(vg.Point{X: at.X, Y: at.Y + r.h})
				p.Close()
				c.Fill(p)
				continue
			}
			c.FillString(m.Fonts.Lookup(r.font, r.font.Size), at, r.txt)
		}
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}

func (m Math) plain() text.Plain { return text.Plain{Fonts: m.Fonts} }

// mathRun is a piece of text in one font (or, with txt empty, a filled
// rule of w x h) at x, y from the origin of its box (y up).
type mathRun struct {
	txt  string
	font font.Font
	x, y vg.Length
	w, h vg.Length // rule size
}

// mathBox is laid-out text: runs, the advance width and the extents above
// and below the baseline.
type mathBox struct {
	fonts     *font.Cache // to measure runs that join (see then)
	runs      []mathRun
	w         vg.Length
	asc, desc vg.Length
	italic    bool // ends with an italic glyph (superscripts move right)
}

// put adds o's runs at dx, dy, growing the extents (not the width).
func (b *mathBox) put(o mathBox, dx, dy vg.Length) {
	for _, r := range o.runs {
		r.x += dx
		r.y += dy
		b.runs = append(b.runs, r)
	}
	b.asc = max(b.asc, o.asc+dy)
	b.desc = max(b.desc, o.desc-dy)
}

// then appends o after b. A single glyph run continuing the last run of b
// in the same font on the same baseline joins it, so that the font's
// kerning applies (17.78, SB) and SVG gets one text element per word.
func (b *mathBox) then(o mathBox) {
	if n := len(b.runs); n > 0 && b.fonts != nil && len(o.runs) == 1 && o.runs[0].txt != "" && o.runs[0].x == 0 && o.runs[0].y == 0 {
		last := &b.runs[n-1]
		face := b.fonts.Lookup(last.font, last.font.Size)
		if last.txt != "" && last.y == 0 && last.font == o.runs[0].font && last.x+face.Width(last.txt) == b.w {
			last.txt += o.runs[0].txt
			b.w = last.x + face.Width(last.txt)
			b.asc, b.desc = max(b.asc, o.asc), max(b.desc, o.desc)
			b.italic = o.italic
			return
		}
	}
	b.put(o, b.w, 0)
	b.w += o.w
	b.italic = o.italic
}

// layout typesets one line: plain segments in fnt, math between unescaped
// dollar pairs.
func (m Math) layout(line string, fnt font.Font) mathBox {
	b := mathBox{fonts: m.Fonts}
	ext := m.Extents(fnt)
	b.asc, b.desc = ext.Ascent, ext.Descent
	segs := splitMath(line)
	for i, s := range segs {
		if i%2 == 0 {
			if s != "" {
				b.then(m.word(s, fnt, false))
			}
			continue
		}
		p := mathParser{m: m, src: []rune(s), text: fnt}
		b.then(p.seq(0, mathItalic, false))
	}
	return b
}

// splitMath splits line at unescaped dollar signs into plain and math
// segments alternately (plain first), with \$ turned into $ in plain
// segments; an unpaired last dollar stays in its plain segment.
func splitMath(line string) []string {
	var segs []string
	var cur strings.Builder
	rs := []rune(line)
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '\\' && i+1 < len(rs) && rs[i+1] == '$':
			if len(segs)%2 == 1 { // keep the escape inside math
				cur.WriteRune('\\')
			}
			cur.WriteRune('$')
			i++
		case rs[i] == '$':
			segs = append(segs, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(rs[i])
		}
	}
	segs = append(segs, cur.String())
	if len(segs)%2 == 0 { // an unpaired dollar: rejoin the tail
		n := len(segs)
		segs = append(segs[:n-2], segs[n-2]+"$"+segs[n-1])
	}
	return segs
}

// word lays out txt in fnt as one run; italic marks an italic face.
func (m Math) word(txt string, fnt font.Font, italic bool) mathBox {
	face := m.Fonts.Lookup(fnt, fnt.Size)
	ext := face.Extents()
	return mathBox{fonts: m.Fonts, runs: []mathRun{{txt: txt, font: fnt}}, w: face.Width(txt), asc: ext.Ascent, desc: ext.Descent, italic: italic}
}

// inkTop returns the height of the highest ink of b above its baseline
// (glyph outlines, rules).
func (m Math) inkTop(b mathBox) vg.Length {
	top := vg.Length(math.Inf(-1))
	var buf sfnt.Buffer
	for _, r := range b.runs {
		if r.txt == "" {
			top = max(top, r.y+r.h)
			continue
		}
		face := m.Fonts.Lookup(r.font, r.font.Size)
		upem := face.Face.UnitsPerEm()
		for _, c := range r.txt {
			idx, err := face.Face.GlyphIndex(&buf, c)
			if err != nil || idx == 0 {
				continue
			}
			bounds, _, err := face.Face.GlyphBounds(&buf, idx, fixedUnits(int(upem)), fontHinting)
			if err != nil {
				continue
			}
			top = max(top, r.y-vg.Length(bounds.Min.Y)/64*r.font.Size/vg.Length(upem))
		}
	}
	if math.IsInf(float64(top), -1) {
		return b.asc
	}
	return top
}

// inkBottom returns the lowest ink of a single-run box (negative below the
// baseline).
func (m Math) inkBottom(b mathBox) vg.Length {
	var buf sfnt.Buffer
	r := b.runs[0]
	face := m.Fonts.Lookup(r.font, r.font.Size)
	upem := face.Face.UnitsPerEm()
	bottom := vg.Length(math.Inf(1))
	for _, c := range r.txt {
		idx, err := face.Face.GlyphIndex(&buf, c)
		if err != nil || idx == 0 {
			continue
		}
		bounds, _, err := face.Face.GlyphBounds(&buf, idx, fixedUnits(int(upem)), fontHinting)
		if err == nil {
			bottom = min(bottom, r.y-vg.Length(bounds.Max.Y)/64*r.font.Size/vg.Length(upem))
		}
	}
	if math.IsInf(float64(bottom), 1) {
		return 0
	}
	return bottom
}
