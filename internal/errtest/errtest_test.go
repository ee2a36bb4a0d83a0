package errtest

import (
	"errors"
	"fmt"
	"testing"
)

// recorder counts the failures Says reports.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func TestSays(t *testing.T) {
	for _, c := range []struct {
		err  error
		want []string
		n    int
	}{
		{errors.New("bond: price 0 must be positive"), []string{"price 0", "positive"}, 0},
		{nil, []string{"x"}, 1},
		{errors.New("bond: price 0 must be positive"), []string{"price 0", "negative", "yield"}, 2},
	} {
		r := &recorder{TB: t}
		Says(r, "case", c.err, c.want...)
		if len(r.msgs) != c.n {
			t.Errorf("Says(%v, %q): %d failures %q, want %d", c.err, c.want, len(r.msgs), r.msgs, c.n)
		}
	}
}

func TestPanics(t *testing.T) {
	for _, c := range []struct {
		f    func()
		want string
		n    int
	}{
		{func() { panic("basket: Eta: alpha = 0") }, "basket: Eta", 0},
		{func() { panic("x: basket: Eta") }, "basket: Eta", 1},
		{func() {}, "basket: Eta", 1},
		{func() { panic(errors.New("premia: bad index")) }, "basket: Eta", 1},
	} {
		r := &recorder{TB: t}
		Panics(r, "case", c.f, c.want)
		if len(r.msgs) != c.n {
			t.Errorf("Panics(%q): %d failures %q, want %d", c.want, len(r.msgs), r.msgs, c.n)
		}
	}
}
