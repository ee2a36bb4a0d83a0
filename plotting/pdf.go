package plotting

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgpdf"
)

// PDFDate is the creation and modification date written into every PDF, so
// that the same chart gives byte-identical PDF (fpdf would write the time
// of rendering).
var PDFDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pdfDefaults sets fpdf's process-wide defaults once, before the first
// document: fixed dates and sorted resource catalogues (see fpdf's
// SetCatalogSort). vgpdf gives no access to its document, so its defaults
// are the only way; they apply to every fpdf document of the process.
var pdfDefaults sync.Once

func (s Size) pdf(fn string, d Drawer) ([]byte, error) {
	s.check(fn)
	pdfDefaults.Do(func() {
		fpdf.SetDefaultCatalogSort(true)
		fpdf.SetDefaultCreationDate(PDFDate)
		fpdf.SetDefaultModificationDate(PDFDate)
	})
	c := vgpdf.New(s.W, s.H)
	c.EmbedFonts(false) // no font is used: text is outlined
	w, h := s.layout()
	c.Push()
	c.Scale(s.scale(), s.scale())
	drawOn(outlined{c}, d, w, h)
	c.Pop()
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("plotting: %s: %w", fn, err)
	}
	return b.Bytes(), nil
}

// fontHinting is gonum's: text is measured unhinted (font.Face.Width).
const fontHinting = xfont.HintingNone

// outlined is a canvas that fills text as the glyph outlines of its font
// instead of passing it to the canvas as text.
type outlined struct{ vg.Canvas }

// FillString fills str with its left end of baseline at pt, glyph by
// glyph with the font's advances and kerning (as font.Face.Width measures
// it, so text lands where the layout expects it), in the current colour.
func (c outlined) FillString(f font.Face, pt vg.Point, str string) {
	if f.Font.Size == 0 {
		return
	}
	var path vg.Path
	outline(&path, f, pt, str)
	if len(path) > 0 {
		c.Fill(path)
	}
}

// outline appends the outlines of str in face f, from pt on the baseline,
// to path. Glyphs are loaded at the font's units per em and scaled to the
// font size, so coordinates are exact to the font's design grid. A rune
// the font lacks draws the font's missing-glyph box, as in PNG.
func outline(path *vg.Path, f font.Face, pt vg.Point, str string) {
	var buf sfnt.Buffer
	upem := fixed.Int26_6(f.Face.UnitsPerEm())
	k := f.Font.Size / vg.Length(upem) // points per font unit
	at := func(p fixed.Point26_6, x vg.Length) vg.Point {
		return vg.Point{X: x + vg.Length(p.X)/64*k, Y: pt.Y - vg.Length(p.Y)/64*k}
	}
	x := pt.X
	var prev sfnt.GlyphIndex
	for i, r := range []rune(str) {
		idx, err := f.Face.GlyphIndex(&buf, r)
		if err != nil {
			panic(fmt.Errorf("plotting: outline: glyph of %q: %w", r, err))
		}
		if i > 0 {
			kern, err := f.Face.Kern(&buf, prev, idx, upem, fontHinting)
			if err != nil && !errors.Is(err, sfnt.ErrNotFound) {
				panic(fmt.Errorf("plotting: outline: kerning: %w", err))
			}
			x += vg.Length(kern) * k
		}
		segs, err := f.Face.LoadGlyph(&buf, idx, upem*64, nil)
		if err != nil {
			panic(fmt.Errorf("plotting: outline: glyph of %q: %w", r, err))
		}
		for _, s := range segs {
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				if len(*path) > 0 && (*path)[len(*path)-1].Type != vg.CloseComp {
					path.Close()
				}
				path.Move(at(s.Args[0], x))
			case sfnt.SegmentOpLineTo:
				path.Line(at(s.Args[0], x))
			case sfnt.SegmentOpQuadTo:
				path.QuadTo(at(s.Args[0], x), at(s.Args[1], x))
			case sfnt.SegmentOpCubeTo:
				path.CubeTo(at(s.Args[0], x), at(s.Args[1], x), at(s.Args[2], x))
			}
		}
		if len(*path) > 0 && (*path)[len(*path)-1].Type != vg.CloseComp {
			path.Close()
		}
		adv, err := f.Face.GlyphAdvance(&buf, idx, upem, fontHinting)
		if err != nil {
			panic(fmt.Errorf("plotting: outline: advance of %q: %w", r, err))
		}
		x += vg.Length(adv) * k
		prev = idx
	}
}
