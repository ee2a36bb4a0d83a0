package series

import (
	"slices"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestSpans(t *testing.T) {
	for _, c := range []struct {
		first, last, n int
		want           []string
	}{
		{1995, 2023, 5, []string{"1995-1999", "2000-2004", "2005-2009", "2010-2014", "2015-2019", "2020-2023"}},
		{2000, 2009, 5, []string{"2000-2004", "2005-2009"}},
		{2000, 2000, 5, []string{"2000-2000"}},
		{1990, 1992, 1, []string{"1990-1990", "1991-1991", "1992-1992"}},
	} {
		ps := Spans(c.first, c.last, c.n)
		if got := PeriodNames(ps); !slices.Equal(got, c.want) {
			t.Errorf("Spans(%d, %d, %d) = %v, want %v", c.first, c.last, c.n, got, c.want)
		}
		for i, p := range ps {
			if want := Years(p.From.Year(), p.To.Year()); p != want {
				t.Errorf("Spans(%d, %d, %d)[%d] = %+v, want Years: %+v", c.first, c.last, c.n, i, p, want)
			}
		}
	}
	errtest.Panics(t, "Spans", func() { Spans(2000, 1999, 5) }, "series: Spans:")
	errtest.Panics(t, "Spans", func() { Spans(2000, 2010, 0) }, "series: Spans:")
}
