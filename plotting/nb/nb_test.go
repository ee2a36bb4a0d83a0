package nb

import (
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/plotting"
	"github.com/stockbond/sbcorr/progress"
	"github.com/stockbond/sbcorr/series"
)

// Outside a notebook (GONB_PIPE unset, as under go test) every display is a
// no-op and Progress returns nil, which progress.Report accepts.
func TestOutsideNotebook(t *testing.T) {
	p := plotting.Must(plotting.TimeSeries{Series: []series.Series{{Name: "a",
		Dates: []time.Time{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}, Values: []float64{1}}}}.Plot())
	Show(p)
	ShowPNG(p, plotting.Width, plotting.Height)
	Table(plotting.NewTable("t"))
	f := Progress("bootstrap")
	if f != nil {
		t.Fatal("Progress outside a notebook should be nil")
	}
	progress.Report(f, 1, 2)
}

func TestProgressHTML(t *testing.T) {
	got := progressHTML("Monte <Carlo>", 250, 1000, 25)
	for _, w := range []string{"Monte &lt;Carlo&gt;: 250/1000", "width:25%", "> 25%</div>"} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in %s", w, got)
		}
	}
}
