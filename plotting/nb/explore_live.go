package nb

import (
	"fmt"
	"html"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/comms"
	"github.com/janpfeifer/gonb/gonbui/dom"
	"github.com/janpfeifer/gonb/gonbui/widgets"
)

// live runs the explorer in a notebook with a browser (see Explore): two
// display blocks, the controls and the chart, updated in place. Their
// display ids are random, which is harmless: Jupyter does not save them.
func (e *explorer) live() {
	ctl, out := "sbcorr_explore_ctl_"+gonbui.UniqueId(), "sbcorr_explore_out_"+gonbui.UniqueId()
	start := time.Now()
	body, _ := e.content(e.pos)
	drawn := time.Since(start)
	gonbui.UpdateHTML(ctl, e.controlsHTML())
	gonbui.UpdateHTML(out, e.block(e.pos, e.values(e.pos).Label()+" · connecting to the browser", body))
	syncDisplays()
	changes, done, ok := e.connect()
	if !ok {
		gonbui.UpdateHTML(ctl, "")
		gonbui.UpdateHTML(out, e.block(e.pos, e.headlessLine(e.pos), body))
		syncDisplays()
		return
	}
	gonbui.UpdateHTML(out, e.block(e.pos, e.liveCaption(e.pos, drawn), body))
	syncDisplays()
	fault := os.Getenv(FaultEnv)
	why := loop(changes, done, e.pos, func(pos []int) {
		start := time.Now()
		body, _ := e.content(e.faulty(fault, pos))
		gonbui.UpdateHTML(out, e.block(pos, e.liveCaption(pos, time.Since(start)), body))
		syncDisplays()
	}, ExploreIdle, Debounce)
	gonbui.UpdateHTML(ctl, fmt.Sprintf(`<div style="font:13px sans-serif;color:#444">%s: %s; run the cell again to explore.</div>`,
		html.EscapeString(e.values(e.pos).Label()), why))
	syncDisplays()
}

// FaultEnv breaks the live redraw on purpose, for the self-test of `make
// browsercheck` (scripts/browsercheck.py --fault, which sets it in the
// server's environment, so the kernel and its cells inherit it):
// "stale" keeps drawing the first chart whatever the controls say, "shifted"
// draws the chart one position away from the one asked for. The caption and
// the data-values still name the positions asked for, as a broken callback
// would. Unset (or any other value) changes nothing; the headless path never
// reads it.
const FaultEnv = "SBCORR_EXPLORE_FAULT"

// faulty returns the positions to draw for pos under the fault (see
// FaultEnv): pos itself without one.
func (e *explorer) faulty(fault string, pos []int) []int {
	switch fault {
	case "stale":
		return defaults(e.params)
	case "shifted":
		next := slices.Clone(pos)
		if next[0] < e.params[0].N {
			next[0]++
		} else {
			next[0]--
		}
		return next
	}
	return pos
}

// liveCaption is the caption of a live chart: the values and the time f
// and the rendering took.
func (e *explorer) liveCaption(pos []int, took time.Duration) string {
	return fmt.Sprintf("%s · drawn in %d ms", e.values(pos).Label(), took.Milliseconds())
}

// controlsHTML is the block the widgets are appended to: per control its
// name, its first value, a slot for the widget and its last value; then a
// slot for the Done button and the line saying when the cell ends.
func (e *explorer) controlsHTML() string {
	var b strings.Builder
	// Jupyter's Bootstrap 3 makes a range input a block of the page's width.
	fmt.Fprintf(&b, `<style>#%[1]s input[type=range]{display:inline-block;width:220px;vertical-align:middle}</style>`+
		`<div id="%[1]s" style="font:13px sans-serif;display:flex;flex-wrap:wrap;gap:4px 18px;align-items:center">`, e.elementID("controls"))
	for k, p := range e.params {
		lo, hi := p.text(0), p.text(p.N)
		if p.Options != nil {
			lo, hi = "", ""
		}
		fmt.Fprintf(&b, `<span style="white-space:nowrap"><b>%s</b> %s <span id="%s"></span> %s</span>`, html.EscapeString(p.Name),
			html.EscapeString(lo), e.elementID(fmt.Sprintf("slot-%d", k)), html.EscapeString(hi))
	}
	fmt.Fprintf(&b, `<span id="%s"></span></div>`, e.elementID("slot-done"))
	fmt.Fprintf(&b, `<div style="font:12px sans-serif;color:#666">Ends on Done or after %v without a change, keeping the last chart.</div>`, ExploreIdle)
	return b.String()
}

// change is a control's new position.
type change struct{ k, pos int }

// connect waits at most FrontEndWait for the browser, then builds the
// widgets (each Done waits for the browser's first answer) and returns the
// channel of their changes and of Done clicks; ok is false when the
// browser did not answer in time.
func (e *explorer) connect() (changes chan change, done <-chan int, ok bool) {
	if !frontEndAnswers("/sbcorr/explore/"+e.id+"/probe", FrontEndWait) {
		return nil, nil, false
	}
	built := make(chan struct{})
	changes = make(chan change, 256)
	var clicks <-chan int
	go func() {
		for k, p := range e.params {
			forward(k, p.N, e.widget(k, p), changes)
		}
		b := widgets.Button("Done").WithHtmlId(e.elementID("done")).WithAddress("/sbcorr/explore/" + e.id + "/done").
			AppendTo(e.elementID("slot-done")).Done()
		clicks = b.Listen().C
		close(built)
	}()
	select {
	case <-built:
		return changes, clicks, true
	case <-time.After(2 * FrontEndWait):
		return nil, nil, false
	}
}

// widget builds control k in its slot and returns its channel of
// positions, keeping only the latest.
func (e *explorer) widget(k int, p Param) *comms.AddressChan[int] {
	id, addr, slot := e.elementID(fmt.Sprint(k)), fmt.Sprintf("/sbcorr/explore/%s/%d", e.id, k), e.elementID(fmt.Sprintf("slot-%d", k))
	if p.Options != nil {
		return widgets.Select(p.Options).SetDefault(e.pos[k]).WithHtmlId(id).WithAddress(addr).AppendTo(slot).Done().Listen().LatestOnly()
	}
	return widgets.Slider(0, p.N, e.pos[k]).WithHtmlId(id).WithAddress(addr).AppendTo(slot).Done().Listen().LatestOnly()
}

// forward sends every value of c, clamped to 0..n, to changes as control
// k's.
func forward(k, n int, c *comms.AddressChan[int], changes chan<- change) {
	ch := c.C
	go func() {
		for v := range ch {
			changes <- change{k, min(max(v, 0), n)}
		}
	}()
}

// frontEndAnswers reports whether the browser answers a message sent to
// address within wait: a script in the cell's output sends it through
// GoNB's page connection (gonb_comm), which exists only in a browser.
func frontEndAnswers(address string, wait time.Duration) bool {
	timeout := time.After(wait)
	c := comms.Listen[int](address)
	defer c.Close()
	go dom.TransientJavascript(fmt.Sprintf(`globalThis.gonb_comm && globalThis.gonb_comm.send(%q, 1);`, address))
	select {
	case <-c.C:
		return true
	case <-timeout:
		return false
	}
}

// loop calls redraw with the positions after every change, until a value
// arrives on done or idle passes without a change, and returns why it
// ended. Changes are collected for debounce after the first one, and the
// ones arriving during a redraw are taken together before the next, so a
// burst of changes makes one redraw; a change to the positions already
// drawn makes none. pos holds the positions drawn last.
func loop(changes <-chan change, done <-chan int, pos []int, redraw func([]int), idle, debounce time.Duration) string {
	timer := time.NewTimer(idle)
	defer timer.Stop()
	for {
		select {
		case c := <-changes:
			next := slices.Clone(pos)
			next[c.k] = c.pos
			collect(changes, next, debounce)
			if !slices.Equal(next, pos) {
				redraw(next)
				copy(pos, next)
			}
			timer.Reset(idle)
		case <-done:
			return "ended on Done"
		case <-timer.C:
			return fmt.Sprintf("ended after %v without a change", idle)
		}
	}
}

// collect applies to pos the changes arriving within d.
func collect(changes <-chan change, pos []int, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case c := <-changes:
			pos[c.k] = c.pos
		case <-t.C:
			return
		}
	}
}
