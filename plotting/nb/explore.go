package nb

import (
	"fmt"
	"html"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/janpfeifer/gonb/gonbui"

	"github.com/stockbond/sbcorr/plotting"
)

// HeadlessEnv and ExploreEnv are the environment variables of Explore.
// scripts/nbexec.py sets SBCORR_HEADLESS=1 in the kernel's environment,
// which cell programs inherit: Explore then draws its default chart and
// touches no widget or DOM code (those wait for a browser that a headless
// run does not have). SBCORR_EXPLORE, read only in a headless run, sets the
// positions to draw instead of the defaults, "id=pos[,pos];id2=pos": the
// hook `make browsercheck` uses to get the chart a function returns for the
// value it moved a slider to, from a run that shares nothing with the
// browser's.
const (
	HeadlessEnv = "SBCORR_HEADLESS"
	ExploreEnv  = "SBCORR_EXPLORE"
)

// View is what an Explore function may return besides a bare chart: a
// chart, a table under it and a line of text (Markdown is not rendered;
// the text is escaped). Any field may be empty.
type View struct {
	Chart any // a plotting.Chart builder or a plotting.Drawer, as for Show
	Table *plotting.Table
	Text  string
}

// Explore binds one or two controls (Slider, Select) to f, which returns
// the chart for their values (a plotting.Chart or plotting.Drawer, as for
// Show) or a View (a chart and a table), and redraws the chart in place
// when a control moves:
//
//	lambda := nb.Slider("lambda", 0.90, 0.995, 0.005, 0.96)
//	nb.Explore("ewma", func(v nb.Values) any {
//		rho := dated.EWMACorr(us.Stock, us.Bond, v.Float("lambda"), 2, sbcorr.ExcludeCurrent)
//		return plotting.TimeSeries{Title: "EWMA correlation", Series: []series.Series{rho}}
//	}, lambda)
//
// id names the cell's controls in the page (lower-case letters, digits and
// dashes; unique in the notebook): widget ids and comms addresses are
// fixed, "sbcorr-explore-ID-K" and "/sbcorr/explore/ID/K" for the K-th
// control, so that outputs do not depend on random ids.
//
// In a headless run (SBCORR_HEADLESS=1, set by scripts/nbexec.py; or
// outside GoNB) it calls f once with the defaults (or the positions of
// SBCORR_EXPLORE) and displays its chart under a line saying that the chart
// is interactive in Jupyter: byte-identical from run to run, and no widget
// or DOM code runs. In Jupyter it shows the default chart, then waits at
// most FrontEndWait for the browser's answer; without one it falls back to
// the headless display. With a browser it shows the controls and a Done
// button, redraws on every change (changes arriving within Debounce of
// each other, or during a redraw, make one redraw, so dragging a slider
// never queues redraws), and ends on Done or after ExploreIdle without a
// change, leaving the last chart and a line with its values, so that Run
// All goes on with the next cell. The caption of a live chart gives its
// redraw time (f, rendering and display). It panics on a bad id, when
// params has not one or two controls, or when f's result is not a chart
// or a View (or its chart cannot be built), so the cell fails.
func Explore(id string, f func(Values) any, params ...Param) {
	e := newExplorer(id, f, params)
	if os.Getenv(HeadlessEnv) == "1" || !gonbui.IsNotebook {
		e.headless()
		return
	}
	e.live()
}

// FrontEndWait bounds how long Explore waits for the browser before it
// falls back to the headless display; Debounce is the time it collects
// changes before a redraw; ExploreIdle ends a live cell without a change.
var (
	FrontEndWait = 3 * time.Second
	Debounce     = 60 * time.Millisecond
	ExploreIdle  = 5 * time.Minute
)

var exploreID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// explorer is one Explore cell: its controls, their positions and f.
type explorer struct {
	id     string
	f      func(Values) any
	params []Param
	pos    []int
}

func newExplorer(id string, f func(Values) any, params []Param) *explorer {
	if !exploreID.MatchString(id) {
		panic(fmt.Sprintf("nb: Explore: id %q: use lower-case letters, digits and dashes", id))
	}
	if len(params) < 1 || len(params) > 2 {
		panic(fmt.Sprintf("nb: Explore: %q: %d controls, want one or two", id, len(params)))
	}
	return &explorer{id: id, f: f, params: params, pos: defaults(params)}
}

// defaults returns the default positions of params.
func defaults(params []Param) []int {
	pos := make([]int, len(params))
	for i, p := range params {
		pos[i] = p.Default
	}
	return pos
}

// values returns the controls at positions pos.
func (e *explorer) values(pos []int) Values { return Values{params: e.params, pos: pos} }

// elementID is the page id of the explorer's element named part.
func (e *explorer) elementID(part string) string { return "sbcorr-explore-" + e.id + "-" + part }

// headless displays the chart at the default positions, or at those
// SBCORR_EXPLORE gives, under the line saying it is interactive in Jupyter.
func (e *explorer) headless() {
	pos, err := overridePositions(os.Getenv(ExploreEnv), e.id, e.params)
	if err != nil {
		panic(err)
	}
	if pos == nil {
		pos = e.pos
	}
	body, d := e.render(pos, e.headlessLine(pos))
	HTML(body)
	if d != nil {
		writeFigure(d)
	}
}

// headlessLine says what the controls are and that they move in Jupyter.
func (e *explorer) headlessLine(pos []int) string {
	ranges := make([]string, len(e.params))
	for i, p := range e.params {
		if p.Options != nil {
			ranges[i] = p.Name + " (" + strings.Join(p.Options, ", ") + ")"
		} else {
			ranges[i] = p.Name + " (" + p.text(0) + " to " + p.text(p.N) + ")"
		}
	}
	return "Interactive in Jupyter: run this cell in a notebook server (make lab) to move " +
		strings.Join(ranges, " and ") + ". Shown: " + e.values(pos).Label() + "."
}

// render calls f at pos and returns the HTML of its chart, table and text
// under the caption line (see block), and the drawing (nil when f
// returned no chart).
func (e *explorer) render(pos []int, caption string) (string, plotting.Drawer) {
	body, d := e.content(pos)
	return e.block(pos, caption, body), d
}

// content calls f at pos and returns the HTML of its chart, table and
// text, and the drawing (nil when f returned no chart).
func (e *explorer) content(pos []int) (string, plotting.Drawer) {
	var v View
	switch r := e.f(e.values(pos)).(type) {
	case View:
		v = r
	case *View:
		v = *r
	default:
		v.Chart = r
	}
	var b strings.Builder
	var d plotting.Drawer
	if v.Chart != nil {
		d = drawing(v.Chart)
		b.WriteString(svgHTML(d, plotting.Notebook))
	}
	if v.Table != nil {
		b.WriteString(v.Table.HTML())
	}
	if v.Text != "" {
		fmt.Fprintf(&b, `<div style="font:13px sans-serif">%s</div>`, html.EscapeString(v.Text))
	}
	return b.String(), d
}

// block wraps the content drawn at pos under its caption in the element
// whose id (sbcorr-explore-ID-out) and data-values (the positions, "3,7")
// `make browsercheck` reads.
func (e *explorer) block(pos []int, caption, content string) string {
	return fmt.Sprintf(`<div id="%s" data-values="%s">`+
		`<div style="font:13px sans-serif;color:#444;margin:2px 0 4px">%s</div>%s</div>`,
		e.elementID("out"), positions(pos), html.EscapeString(caption), content)
}

// positions returns pos as "3,7".
func positions(pos []int) string {
	s := make([]string, len(pos))
	for i, p := range pos {
		s[i] = strconv.Itoa(p)
	}
	return strings.Join(s, ",")
}

// overridePositions returns the positions env ("id=pos[,pos];...", see
// ExploreEnv) gives for the explorer id, nil when it names no such id, and
// an error when its entry for id is malformed or out of range.
func overridePositions(env, id string, params []Param) ([]int, error) {
	for _, entry := range strings.Split(env, ";") {
		name, list, ok := strings.Cut(strings.TrimSpace(entry), "=")
		if !ok || name != id {
			continue
		}
		fields := strings.Split(list, ",")
		if len(fields) != len(params) {
			return nil, fmt.Errorf("nb: %s: %q gives %d positions for %d controls", ExploreEnv, entry, len(fields), len(params))
		}
		pos := make([]int, len(fields))
		for i, f := range fields {
			p, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || p < 0 || p > params[i].N {
				return nil, fmt.Errorf("nb: %s: %q: position %q of %q is not in 0..%d", ExploreEnv, entry, f, params[i].Name, params[i].N)
			}
			pos[i] = p
		}
		return pos, nil
	}
	return nil, nil
}
