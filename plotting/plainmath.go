package plotting

import (
	"strings"
	"unicode"
)

// PlainMath returns s with its math (the parts between dollar signs, as
// Math typesets them on charts) written as plain Unicode text, for the
// places that show text as is: printed output, plain-text tables, file
// names. A chart label and the line printing it can then share one
// string:
//
//	PlainMath(`$\sigma_\pi \geq 2\%$ (base)`)   // "σ_π ≥ 2% (base)"
//	PlainMath(`$\tilde\rho_{2,3}$, $\pi^\star_3$`) // "ρ̃_2,3, π*_3"
//
// Greek letters and the symbols Math knows (\leq, \pm, \infty, \star, ...)
// become their characters; a subscript is written _x and a superscript ^x
// (digits, + and - as superscript characters: $\sigma^2$ gives σ²; \star
// and \ast as *), braces dropped; accents \tilde, \hat, \bar, \overline
// and \dot become combining marks on the last character of their argument;
// \frac{a}{b} is a/b, \sqrt{x} √x; \text, \mathrm and the other font
// switches keep their argument; spacing commands are a space or nothing;
// the escapes \% \$ \# \& \_ \{ \} their character; spaces are kept as
// written; an unknown command prints as written. Text without a dollar
// sign is returned unchanged; an unpaired dollar stays, and \$ outside math
// is a dollar sign, as on charts.
func PlainMath(s string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	var b strings.Builder
	for i, seg := range splitMath(s) {
		if i%2 == 0 {
			b.WriteString(seg)
			continue
		}
		p := plainParser{src: []rune(seg)}
		b.WriteString(p.seq(false))
	}
	return b.String()
}

// plainParser converts one math segment to plain text by recursive
// descent, following mathParser.
type plainParser struct {
	src []rune
	pos int
}

// plainAccents are the combining marks of the accent commands.
var plainAccents = map[string]rune{
	"tilde": '\u0303', "widetilde": '\u0303', "hat": '\u0302', "widehat": '\u0302',
	"bar": '\u0304', "overline": '\u0305', "dot": '\u0307',
}

// superscripts are the superscript characters of digits and signs.
var superscripts = map[rune]rune{
	'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
	'+': '⁺', '-': '⁻',
}

// seq converts atoms and their scripts until the end or, in a group, its
// closing brace (consumed).
func (p *plainParser) seq(group bool) string {
	var b strings.Builder
	for p.pos < len(p.src) {
		r := p.src[p.pos]
		switch {
		case r == '}' && group:
			p.pos++
			return b.String()
		case r == '_' || r == '^':
			p.pos++
			b.WriteString(p.script(r))
		default:
			b.WriteString(p.atom())
		}
	}
	return b.String()
}

// script converts the argument of _ or ^ (the marker consumed).
func (p *plainParser) script(marker rune) string {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
	arg := p.group()
	if marker == '_' {
		return "_" + arg
	}
	if arg == "*" {
		return arg
	}
	var sup strings.Builder
	for _, r := range arg {
		c, ok := superscripts[r]
		if !ok {
			return "^" + arg
		}
		sup.WriteRune(c)
	}
	return sup.String()
}

// group converts a {...} argument, or the next atom when there is no
// brace.
func (p *plainParser) group() string {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return ""
	}
	if p.src[p.pos] == '{' {
		p.pos++
		return p.seq(true)
	}
	return p.atom()
}

// raw returns a {...} argument verbatim (\text), or "" when none
// follows.
func (p *plainParser) raw() string {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
	if p.pos >= len(p.src) || p.src[p.pos] != '{' {
		return ""
	}
	depth, start := 0, p.pos+1
	for ; p.pos < len(p.src); p.pos++ {
		switch p.src[p.pos] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				p.pos++
				return string(p.src[start : p.pos-1])
			}
		}
	}
	return string(p.src[start:])
}

// atom converts the next character, group or command.
func (p *plainParser) atom() string {
	r := p.src[p.pos]
	p.pos++
	switch r {
	case '{':
		return p.seq(true)
	case '\\':
		return p.command()
	}
	return string(r)
}

// commandName returns the name of the command whose backslash precedes
// src[pos] (its ASCII letters, empty for a one-character command such as
// \, or \%) and the position after it; the math parser and PlainMath share
// it.
func commandName(src []rune, pos int) (string, int) {
	start := pos
	for pos < len(src) && unicode.IsLetter(src[pos]) && src[pos] < 0x80 {
		pos++
	}
	return string(src[start:pos]), pos
}

// command converts a \name (the backslash consumed).
func (p *plainParser) command() string {
	var name string
	name, p.pos = commandName(p.src, p.pos)
	if name == "" { // a one-character command: \, \% \{ ...
		if p.pos >= len(p.src) {
			return "\\"
		}
		c := p.src[p.pos]
		p.pos++
		switch c {
		case ' ':
			return " "
		case ',', ':', '>', ';', '!':
			return ""
		}
		return string(c)
	}
	if g, ok := greek[name]; ok {
		return string(g)
	}
	if s, ok := mathSymbols[name]; ok {
		return s.text
	}
	if a, ok := plainAccents[name]; ok {
		return string(append([]rune(p.group()), a))
	}
	switch name {
	case "quad", "qquad":
		return " "
	case "text":
		return p.raw()
	case "mathrm", "operatorname", "textrm", "mathit", "mathbf":
		return p.group()
	case "frac":
		num := p.group()
		return num + "/" + p.group()
	case "sqrt":
		return "√" + p.group()
	}
	if mathFunctions[name] {
		return name
	}
	return "\\" + name
}
