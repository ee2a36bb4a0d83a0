package plotting

import (
	"strings"
	"unicode"

	stdfnt "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

func fixedUnits(upem int) fixed.Int26_6 { return fixed.Int26_6(upem * 64) }

// atomClass is the TeX class of a math atom, which sets the space around
// it.
type atomClass int

const (
	ordAtom atomClass = iota
	binAtom
	relAtom
	openAtom
	closeAtom
	punctAtom
)

// mathStyle is how letters of a math group are set.
type mathStyle int

const (
	mathItalic mathStyle = iota // default: letters italic
	mathRoman                   // \mathrm, \operatorname
	mathBold                    // \mathbf
)

// mathParser lays out one math segment by recursive descent.
type mathParser struct {
	m    Math
	src  []rune
	pos  int
	text font.Font // the font of the text around the math
}

// size returns the font size at script level (0, 1, 2+): 100%, 70%, 50%.
func (p *mathParser) size(level int) vg.Length {
	switch level {
	case 0:
		return p.text.Size
	case 1:
		return 0.7 * p.text.Size
	}
	return 0.5 * p.text.Size
}

// textFont returns the font of the surrounding text at script level.
func (p *mathParser) textFont(level int) font.Font {
	f := p.text
	f.Size = p.size(level)
	return f
}

// font returns the math font of style st at script level.
func (p *mathParser) font(st mathStyle, italic bool, level int) font.Font {
	f := p.textFont(level)
	f.Variant = "Serif"
	f.Style, f.Weight = stdfnt.StyleNormal, stdfnt.WeightNormal
	if italic && st == mathItalic {
		f.Style = stdfnt.StyleItalic
	}
	if st == mathBold {
		f.Weight = stdfnt.WeightBold
	}
	return f
}

// seq lays out atoms until the end or, in a group, its closing brace
// (consumed), with TeX spacing between them in text size (none in
// scripts). Outside a group a closing brace is printed.
func (p *mathParser) seq(level int, st mathStyle, group bool) mathBox {
	b := mathBox{fonts: p.m.Fonts}
	prev := atomClass(-1)
	for p.pos < len(p.src) {
		r := p.src[p.pos]
		if r == '}' && group {
			p.pos++
			break
		}
		if unicode.IsSpace(r) {
			p.pos++
			continue
		}
		a, class := p.atom(level, st)
		if class == binAtom && (prev < 0 || prev == binAtom || prev == relAtom || prev == openAtom || prev == punctAtom) {
			class = ordAtom // a unary minus or plus
		}
		a = p.scripts(a, level, st)
		if prev >= 0 && level == 0 {
			b.w += vg.Length(mathSpace(prev, class)) / 18 * p.size(0)
		}
		b.then(a)
		prev = class
	}
	return b
}

// mathSpace returns the space between atoms of classes a and b in mu
// (1/18 em), after TeX's table for text style.
func mathSpace(a, b atomClass) int {
	switch {
	case a == binAtom || b == binAtom:
		return 4
	case a == relAtom && b != relAtom || b == relAtom && a != relAtom:
		return 5
	case a == punctAtom:
		return 3
	}
	return 0
}

// scripts attaches a subscript and/or superscript following the base.
func (p *mathParser) scripts(base mathBox, level int, st mathStyle) mathBox {
	var sub, sup *mathBox
	for p.pos < len(p.src) && (p.src[p.pos] == '_' || p.src[p.pos] == '^') {
		which := p.src[p.pos]
		p.pos++
		p.skipSpace()
		s, _ := p.atom(level+1, st)
		if which == '_' {
			sub = &s
		} else {
			sup = &s
		}
	}
	if sub == nil && sup == nil {
		return base
	}
	size := p.size(level)
	out := base
	w := base.w
	if sup != nil {
		dy := max(0.38*size, base.asc-0.75*size) // above a tall base
		dx := base.w
		if base.italic {
			dx += 0.06 * size
		}
		out.put(*sup, dx, dy)
		w = max(w, dx+sup.w)
	}
	if sub != nil {
		dy := -0.18 * size
		if sup != nil {
			dy = -0.26 * size
		}
		out.put(*sub, base.w, dy)
		w = max(w, base.w+sub.w)
	}
	out.w = w
	out.italic = false
	return out
}

func (p *mathParser) skipSpace() {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
}

// group lays out a {...} argument, or the next atom when there is no brace.
func (p *mathParser) group(level int, st mathStyle) mathBox {
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == '{' {
		p.pos++
		return p.seq(level, st, true)
	}
	if p.pos >= len(p.src) {
		return mathBox{}
	}
	a, _ := p.atom(level, st)
	return a
}

// rawGroup returns the text of a {...} argument verbatim (for \text).
func (p *mathParser) rawGroup() string {
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != '{' {
		return ""
	}
	depth := 0
	start := p.pos + 1
	for ; p.pos < len(p.src); p.pos++ {
		switch p.src[p.pos] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				p.pos++
				return string(p.src[start : p.pos-1])
			}
		}
	}
	return string(p.src[start:])
}

// char lays out one symbol in the math font (italic for letters in the
// italic style).
func (p *mathParser) char(s string, italic bool, level int, st mathStyle) mathBox {
	return p.m.word(s, p.font(st, italic, level), italic && st == mathItalic)
}

// atom lays out the next atom and returns its class.
func (p *mathParser) atom(level int, st mathStyle) (mathBox, atomClass) {
	r := p.src[p.pos]
	p.pos++
	switch {
	case r == '{':
		return p.seq(level, st, true), ordAtom
	case r == '\\':
		return p.command(level, st)
	case r == '-':
		return p.char("\u2212", false, level, st), binAtom
	case r == '*':
		return p.asterisk(level, st), binAtom
	case r == '\'':
		return p.char("\u2032", false, level, st), ordAtom
	case strings.ContainsRune("+\u00b1\u00d7\u00b7", r):
		return p.char(string(r), false, level, st), binAtom
	case strings.ContainsRune("=<>\u2264\u2265\u2260\u2248\u2192:", r):
		return p.char(string(r), false, level, st), relAtom
	case strings.ContainsRune("([", r):
		return p.char(string(r), false, level, st), openAtom
	case strings.ContainsRune(")]!", r):
		return p.char(string(r), false, level, st), closeAtom
	case strings.ContainsRune(",;", r):
		return p.char(string(r), false, level, st), punctAtom
	case unicode.IsLetter(r):
		return p.char(string(r), !unicode.IsUpper(r) || r < 0x80, level, st), ordAtom
	}
	return p.char(string(r), false, level, st), ordAtom
}

// asterisk is * (\ast, \star) centred on the math axis: Liberation has
// neither U+2217 nor U+22C6, and its * sits at cap height.
func (p *mathParser) asterisk(level int, st mathStyle) mathBox {
	b := p.char("*", false, level, st)
	var out mathBox
	out.put(b, 0, -0.22*p.size(level))
	out.w = b.w
	return out
}

// command lays out a \name (the backslash consumed).
func (p *mathParser) command(level int, st mathStyle) (mathBox, atomClass) {
	var name string
	name, p.pos = commandName(p.src, p.pos)
	if name == "" { // a one-character command: \, \% \{ ...
		if p.pos >= len(p.src) {
			return p.char("\\", false, level, st), ordAtom
		}
		c := p.src[p.pos]
		p.pos++
		if em, ok := mathSpaces[c]; ok {
			return mathBox{w: vg.Length(em) * p.size(level)}, ordAtom
		}
		return p.char(string(c), false, level, st), ordAtom
	}
	if g, ok := greek[name]; ok {
		return p.char(string(g), unicode.IsLower(g), level, st), ordAtom
	}
	if s, ok := mathSymbols[name]; ok {
		if s.text == "*" {
			return p.asterisk(level, st), s.class
		}
		return p.char(s.text, false, level, st), s.class
	}
	switch name {
	case "quad":
		return mathBox{w: p.size(level)}, ordAtom
	case "qquad":
		return mathBox{w: 2 * p.size(level)}, ordAtom
	case "mathrm", "operatorname", "textrm":
		return p.group(level, mathRoman), ordAtom
	case "mathit":
		return p.group(level, mathItalic), ordAtom
	case "mathbf":
		return p.group(level, mathBold), ordAtom
	case "text":
		return p.m.word(p.rawGroup(), p.textFont(level), false), ordAtom
	case "tilde", "widetilde", "hat", "widehat", "dot":
		return p.accent(mathAccents[name], p.group(level, st), level), ordAtom
	case "bar", "overline":
		return p.overline(p.group(level, st), level), ordAtom
	case "frac":
		num := p.group(level, st)
		den := p.group(level, st)
		b := num
		b.then(p.char("/", false, level, st))
		b.then(den)
		return b, ordAtom
	case "sqrt":
		b := p.char("\u221a", false, level, st)
		b.then(p.overline(p.group(level, st), level))
		return b, ordAtom
	}
	if mathFunctions[name] {
		return p.char(name, false, level, mathRoman), ordAtom
	}
	return p.char("\\"+name, false, level, mathRoman), ordAtom
}

// accent puts glyph g centred over base, just above its ink (shifted right
// over an italic base, whose top leans right).
func (p *mathParser) accent(g string, base mathBox, level int) mathBox {
	size := p.size(level)
	acc := p.char(g, false, level, mathRoman)
	dx := (base.w - acc.w) / 2
	if base.italic {
		dx += 0.08 * size
	}
	dy := p.m.inkTop(base) + 0.06*size - p.m.inkBottom(acc)
	out := base
	out.put(acc, dx, dy)
	out.asc = max(out.asc, p.m.inkTop(acc)+dy)
	return out
}

// overline draws a rule over base, just above its ink.
func (p *mathParser) overline(base mathBox, level int) mathBox {
	size := p.size(level)
	t := 0.05 * size
	y := p.m.inkTop(base) + 0.08*size
	out := base
	inset := 0.04 * size
	if base.italic {
		inset = 0.1 * size
	}
	out.runs = append(out.runs, mathRun{x: inset, y: y, w: max(base.w-inset, t), h: t})
	out.asc = max(out.asc, y+t)
	return out
}

// mathSpaces are the one-character spacing commands, in em.
var mathSpaces = map[rune]float64{',': 3.0 / 18, ':': 4.0 / 18, '>': 4.0 / 18, ';': 5.0 / 18, ' ': 0.33, '!': -3.0 / 18}

var mathAccents = map[string]string{
	"tilde": "\u02dc", "widetilde": "\u02dc", "hat": "\u02c6", "widehat": "\u02c6", "dot": "\u02d9",
}

var greek = map[string]rune{
	"alpha": 'α', "beta": 'β', "gamma": 'γ', "delta": 'δ', "epsilon": 'ϵ', "varepsilon": 'ε',
	"zeta": 'ζ', "eta": 'η', "theta": 'θ', "vartheta": 'ϑ', "iota": 'ι', "kappa": 'κ',
	"lambda": 'λ', "mu": 'μ', "nu": 'ν', "xi": 'ξ', "pi": 'π', "varpi": 'ϖ', "rho": 'ρ',
	"varrho": 'ϱ', "sigma": 'σ', "varsigma": 'ς', "tau": 'τ', "upsilon": 'υ', "phi": 'ϕ',
	"varphi": 'φ', "chi": 'χ', "psi": 'ψ', "omega": 'ω',
	"Gamma": 'Γ', "Delta": 'Δ', "Theta": 'Θ', "Lambda": 'Λ', "Xi": 'Ξ', "Pi": 'Π',
	"Sigma": 'Σ', "Upsilon": 'Υ', "Phi": 'Φ', "Psi": 'Ψ', "Omega": 'Ω',
}

var mathSymbols = map[string]struct {
	text  string
	class atomClass
}{
	"pm": {"±", binAtom}, "times": {"×", binAtom}, "cdot": {"·", binAtom},
	"leq": {"≤", relAtom}, "le": {"≤", relAtom}, "geq": {"≥", relAtom}, "ge": {"≥", relAtom},
	"neq": {"≠", relAtom}, "ne": {"≠", relAtom}, "approx": {"≈", relAtom}, "sim": {"~", relAtom},
	"to": {"→", relAtom}, "rightarrow": {"→", relAtom},
	"infty": {"∞", ordAtom}, "partial": {"∂", ordAtom}, "sum": {"∑", ordAtom},
	"ldots": {"…", ordAtom}, "dots": {"…", ordAtom}, "cdots": {"…", ordAtom},
	"prime": {"′", ordAtom}, "star": {"*", ordAtom}, "ast": {"*", ordAtom}, "deg": {"°", ordAtom},
	"mid": {"|", relAtom}, "vert": {"|", ordAtom}, "lvert": {"|", openAtom}, "rvert": {"|", closeAtom},
	"lbrace": {"{", openAtom}, "rbrace": {"}", closeAtom},
}

var mathFunctions = map[string]bool{
	"log": true, "exp": true, "ln": true, "min": true, "max": true, "sin": true, "cos": true,
	"Pr": true, "var": true, "cov": true, "corr": true, "det": true, "sup": true, "inf": true, "lim": true,
}
