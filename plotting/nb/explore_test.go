package nb

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/plotting"
)

// line is the chart of y = a*x, a the slider's value, titled by it.
func line(v Values) any {
	a := v.Float("a")
	return plotting.Functions{Title: fmt.Sprintf("y = %.2f x", a), XMin: 0, XMax: 1,
		Funcs: []plotting.Func{{Name: "line", F: func(x float64) float64 { return a * x }}}}
}

func TestExploreHeadlessDrawsTheDefault(t *testing.T) {
	t.Setenv(HeadlessEnv, "1")
	t.Setenv(ExploreEnv, "")
	var got []string
	Explore("slope", func(v Values) any { got = append(got, v.Label()); return nil },
		Slider("a", 0, 2, 0.25, 0.5), Select("kind", []string{"x", "y"}, 1))
	if len(got) != 1 || got[0] != "a = 0.50 · kind = y" {
		t.Fatalf("headless Explore called f with %q, want once with the defaults", got)
	}
	t.Setenv(ExploreEnv, "other=1; slope=6,0")
	got = nil
	Explore("slope", func(v Values) any { got = append(got, v.Label()); return nil },
		Slider("a", 0, 2, 0.25, 0.5), Select("kind", []string{"x", "y"}, 1))
	if len(got) != 1 || got[0] != "a = 1.50 · kind = x" {
		t.Fatalf("with %s=slope=6,0: f called with %q", ExploreEnv, got)
	}
}

func TestExploreRender(t *testing.T) {
	e := newExplorer("slope", line, []Param{Slider("a", 0, 2, 0.25, 0.5)})
	html, d := e.render(e.pos, e.headlessLine(e.pos))
	again, _ := e.render(e.pos, e.headlessLine(e.pos))
	if html != again {
		t.Error("two renders of the same positions differ")
	}
	if d == nil || plotting.ChartTitle(d) != "y = 0.50 x" {
		t.Errorf("drawing %v, want the chart of a = 0.5", d)
	}
	for _, want := range []string{`<div id="sbcorr-explore-slope-out" data-values="2">`, "<svg ",
		"Interactive in Jupyter", "move a (0.00 to 2.00). Shown: a = 0.50."} {
		if !strings.Contains(html, want) {
			t.Errorf("render lacks %q", want)
		}
	}
	other, _ := e.render([]int{5}, "")
	if other == html || !strings.Contains(other, `data-values="5"`) {
		t.Error("the chart at another position is the same, or does not say its position")
	}
	tab := plotting.NewTable("t", plotting.Cols("x")...).Row(1.0)
	v, _ := newExplorer("t", func(Values) any { return View{Table: tab, Text: "a < b"} },
		[]Param{Slider("a", 0, 1, 0.5, 0)}).render([]int{0}, "c")
	if !strings.Contains(v, tab.HTML()) || !strings.Contains(v, "a &lt; b") || strings.Contains(v, "<svg") {
		t.Errorf("a View with a table and text renders as %q", v)
	}
}

func TestExplorePanics(t *testing.T) {
	t.Setenv(HeadlessEnv, "1")
	a := Slider("a", 0, 1, 0.5, 0)
	errtest.Panics(t, "bad id", func() { Explore("Bad id", line, a) }, "nb: Explore: ")
	errtest.Panics(t, "no control", func() { Explore("x", line) }, "nb: Explore: ")
	errtest.Panics(t, "three controls", func() { Explore("x", line, a, a, a) }, "nb: Explore: ")
	errtest.Panics(t, "not a chart", func() { Explore("x", func(Values) any { return 3 }, a) }, "nb: Show: ")
	t.Setenv(ExploreEnv, "x=7")
	errtest.Panics(t, "override out of range", func() { Explore("x", line, a) }, "nb: SBCORR_EXPLORE: ")
}

func TestOverridePositions(t *testing.T) {
	ps := []Param{Slider("a", 0, 1, 0.25, 0), Select("b", []string{"p", "q"}, 0)}
	pos, err := overridePositions("ewma=3; x=4,1", "x", ps)
	if err != nil || fmt.Sprint(pos) != "[4 1]" {
		t.Errorf("x=4,1: %v, %v", pos, err)
	}
	if pos, err := overridePositions("ewma=3", "x", ps); pos != nil || err != nil {
		t.Errorf("no entry for x: %v, %v", pos, err)
	}
	_, err = overridePositions("x=4", "x", ps)
	errtest.Says(t, "one position for two controls", err, "gives 1 positions for 2 controls")
	_, err = overridePositions("x=4,2", "x", ps)
	errtest.Says(t, "select out of range", err, `position "2" of "b" is not in 0..1`)
	_, err = overridePositions("x=a,0", "x", ps)
	errtest.Says(t, "not a number", err, `position "a"`)
}

// TestLoopDebounces sends a burst of changes (a drag) and checks that it
// makes one redraw with the last positions, that a change back to the
// drawn positions makes none, and that Done and the idle time end it.
func TestLoopDebounces(t *testing.T) {
	changes, done := make(chan change, 64), make(chan int, 1)
	for p := 1; p <= 20; p++ {
		changes <- change{0, p}
	}
	changes <- change{1, 3}
	var draws [][]int
	pos := []int{0, 0}
	go func() {
		time.Sleep(300 * time.Millisecond)
		changes <- change{1, 3} // already drawn
		time.Sleep(300 * time.Millisecond)
		done <- 1
	}()
	why := loop(changes, done, pos, func(p []int) { draws = append(draws, append([]int(nil), p...)) }, time.Minute, 50*time.Millisecond)
	if why != "ended on Done" || fmt.Sprint(draws) != "[[20 3]]" || fmt.Sprint(pos) != "[20 3]" {
		t.Errorf("loop: %q, draws %v, positions %v; want one redraw at [20 3], ended on Done", why, draws, pos)
	}
	why = loop(make(chan change), make(chan int), pos, func([]int) { t.Error("redraw without a change") }, 50*time.Millisecond, time.Millisecond)
	if why != "ended after 50ms without a change" {
		t.Errorf("idle loop: %q", why)
	}
}

// TestFaulty checks the faults of FaultEnv, the self-test of `make
// browsercheck`: none draws the positions asked for, "stale" the
// defaults, "shifted" one position away (back from the last one).
func TestFaulty(t *testing.T) {
	e := newExplorer("f", line, []Param{Slider("a", 0, 2, 0.25, 0.5), Select("b", []string{"p", "q"}, 1)})
	for _, c := range []struct {
		fault string
		pos   []int
		want  string
	}{{"", []int{5, 0}, "[5 0]"}, {"stale", []int{5, 0}, "[2 1]"}, {"shifted", []int{5, 0}, "[6 0]"},
		{"shifted", []int{8, 0}, "[7 0]"}, {"other", []int{5, 0}, "[5 0]"}} {
		if got := fmt.Sprint(e.faulty(c.fault, c.pos)); got != c.want {
			t.Errorf("fault %q at %v: draws %s, want %s", c.fault, c.pos, got, c.want)
		}
	}
}
