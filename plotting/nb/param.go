package nb

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Param is one control of an Explore cell: a slider over evenly spaced
// real values (Slider) or a drop-down list of options (Select). Its state
// is an integer position (the slider's position, the option's index),
// which is what the browser sends; Values maps it back to the value.
type Param struct {
	Name    string   // shown beside the control; Values looks values up by it
	Min     float64  // slider: the value at position 0
	Step    float64  // slider: the value between two positions
	N       int      // slider: the last position (positions 0..N); select: len(Options)-1
	Default int      // the position drawn first
	Options []string // select: the options; nil for a slider
	percent bool
	format  string
}

// Slider returns a slider named name over min, min+step, ..., max,
// starting at value: an integer slider of positions 0..N, N =
// (max-min)/step, each mapped to the real value min + position*step,
// rounded to the decimals of step (so 0.90 + 19*0.005 is 0.995, not
// 0.99500000000000001). For a window in months,
// Slider("window (months)", 12, 120, 12, 48); for lambda,
// Slider("lambda", 0.90, 0.995, 0.005, 0.96). It panics when step <= 0,
// max <= min, (max-min)/step is not a whole number (within 1e-6), or value
// is not one of the values.
func Slider(name string, min, max, step, value float64) Param {
	if !(step > 0) || !(max > min) {
		panic(fmt.Sprintf("nb: Slider: %q: want step > 0 and max > min, got min %g, max %g, step %g", name, min, max, step))
	}
	n, ok := whole((max - min) / step)
	if !ok {
		panic(fmt.Sprintf("nb: Slider: %q: (max-min)/step = %g is not a whole number of steps", name, (max-min)/step))
	}
	pos, ok := whole((value - min) / step)
	if !ok || pos < 0 || pos > n {
		panic(fmt.Sprintf("nb: Slider: %q: value %g is not one of %g, %g, ..., %g", name, value, min, min+step, max))
	}
	return Param{Name: name, Min: min, Step: step, N: n, Default: pos}
}

// Select returns a drop-down list named name of options, starting at
// options[value] (a copula family, a country). It panics when options is
// empty or value is not an index of options.
func Select(name string, options []string, value int) Param {
	if len(options) == 0 || value < 0 || value >= len(options) {
		panic(fmt.Sprintf("nb: Select: %q: value %d is not an index of %d options", name, value, len(options)))
	}
	return Param{Name: name, N: len(options) - 1, Default: value, Options: slices.Clone(options)}
}

// Percent returns the slider with its values shown in percent (0.3 as
// "30%"); Values still returns decimals.
func (p Param) Percent() Param { p.percent = true; return p }

// Format returns the slider with its values shown with the fmt verb format
// (e.g. "%.0f days"); by default a value has the decimals of the step.
func (p Param) Format(format string) Param { p.format = format; return p }

// value returns the slider's value at position pos (see Slider).
func (p Param) value(pos int) float64 {
	scale := math.Pow(10, float64(decimals(p.Step)))
	return math.Round((p.Min+float64(pos)*p.Step)*scale) / scale
}

// text returns the value at position pos as shown beside the control.
func (p Param) text(pos int) string {
	switch {
	case p.Options != nil:
		return p.Options[pos]
	case p.format != "":
		return fmt.Sprintf(p.format, p.value(pos))
	case p.percent:
		return fmt.Sprintf("%.*f%%", max(decimals(p.Step)-2, 0), 100*p.value(pos))
	}
	return fmt.Sprintf("%.*f", decimals(p.Step), p.value(pos))
}

// whole returns x rounded to an integer and whether x was one, within 1e-6.
func whole(x float64) (int, bool) {
	r := math.Round(x)
	return int(r), math.Abs(x-r) < 1e-6
}

// decimals returns the number of decimals of step (at most 9): 0.005 has 3,
// 12 has 0.
func decimals(step float64) int {
	for d := 0; d < 9; d++ {
		x := step * math.Pow(10, float64(d))
		if r := math.Round(x); r != 0 && math.Abs(x-r) < 1e-6*x {
			return d
		}
	}
	return 9
}

// Values are the current values of an Explore cell's controls, looked up
// by the name given to Slider or Select.
type Values struct {
	params []Param
	pos    []int
}

// Float returns the slider's current value (decimal). It panics when name
// is not a slider of the cell.
func (v Values) Float(name string) float64 {
	p, pos := v.lookup("Float", name)
	if p.Options != nil {
		panic(fmt.Sprintf("nb: Values.Float: %q is a select: use String or Index", name))
	}
	return p.value(pos)
}

// Int returns the slider's current value rounded to an integer (a window
// length). It panics when name is not a slider of the cell.
func (v Values) Int(name string) int { return int(math.Round(v.Float(name))) }

// String returns the select's current option, or the slider's value as
// shown beside it. It panics when name is not a control of the cell.
func (v Values) String(name string) string {
	p, pos := v.lookup("String", name)
	return p.text(pos)
}

// Index returns the select's current option index (the slider's
// position). It panics when name is not a control of the cell.
func (v Values) Index(name string) int {
	_, pos := v.lookup("Index", name)
	return pos
}

// Label returns every control's current value, "name = value" joined by
// " · " (the caption above an Explore chart).
func (v Values) Label() string {
	parts := make([]string, len(v.params))
	for i, p := range v.params {
		parts[i] = p.Name + " = " + p.text(v.pos[i])
	}
	return strings.Join(parts, " · ")
}

// lookup returns the control named name and its position; method names
// the caller in the panic when there is none.
func (v Values) lookup(method, name string) (Param, int) {
	for i, p := range v.params {
		if p.Name == name {
			return p, v.pos[i]
		}
	}
	names := make([]string, len(v.params))
	for i, p := range v.params {
		names[i] = fmt.Sprintf("%q", p.Name)
	}
	panic(fmt.Sprintf("nb: Values.%s: no control named %q (the cell has %s)", method, name, strings.Join(names, ", ")))
}
