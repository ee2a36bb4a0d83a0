package nb

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/stockbond/sbcorr/plotting"
)

// FiguresEnv and the other names below are the environment variables of
// figure export. `make figures` runs the notebooks with SBCORR_FIGURES set
// to a folder (out/figures), and every chart shown with
// Show, ShowSize or ShowPNG is then also written there, at the size
// SBCORR_FIGURE_SIZE (a plotting preset name: "double" by default,
// "single", "slide", "notebook"; several, comma-separated, write each size
// to a subfolder of that name: "single,slide" gives single/NN_NAME.EXT and
// slide/NN_NAME.EXT) in each format of SBCORR_FIGURE_FORMATS
// ("pdf,svg,png" by default), as NN_NAME.EXT: NN is the notebook's number
// (SBCORR_NOTEBOOK, set by the runner: "03_rolling_correlation" gives 03)
// and NAME the chart's plotting.FigureName (fig17 for "Figure 17: ...",
// else a slug of its title; plotting.Named sets it). A name already
// written in the folder gets -2, -3, ... (the make target empties the
// notebook's figures first, so names are stable from run to run). Without
// SBCORR_FIGURES nothing is written. A figure that cannot be written
// panics, so the cell fails.
const (
	FiguresEnv       = "SBCORR_FIGURES"
	FigureSizeEnv    = "SBCORR_FIGURE_SIZE"
	FigureFormatsEnv = "SBCORR_FIGURE_FORMATS"
)

// writeFigure writes d to the figures folder when SBCORR_FIGURES is set.
func writeFigure(d plotting.Drawer) {
	dir := os.Getenv(FiguresEnv)
	if dir == "" {
		return
	}
	sizes := strings.Split(os.Getenv(FigureSizeEnv), ",")
	for _, sizeName := range sizes {
		sub := dir
		if len(sizes) > 1 {
			sub = filepath.Join(dir, sizeName)
			if err := os.MkdirAll(sub, 0o755); err != nil {
				panic(fmt.Errorf("nb: Show: figure: %w", err))
			}
		}
		paths, size, err := figurePaths(sub, os.Getenv(NotebookEnv), plotting.FigureName(d), sizeName, os.Getenv(FigureFormatsEnv))
		if err != nil {
			panic(err)
		}
		for _, p := range paths {
			if err := plotting.Save(p, d, size); err != nil {
				panic(fmt.Errorf("nb: Show: figure: %w", err))
			}
		}
	}
}

var notebookNumber = regexp.MustCompile(`^(\d+)_`)

// figurePaths returns the files to write a figure called name of notebook
// to in dir (one per format, default pdf, svg and png), with the first
// suffix -2, -3, ... under which none exists yet, and the size (preset
// sizeName, default "double").
func figurePaths(dir, notebook, name, sizeName, formats string) ([]string, plotting.Size, error) {
	if sizeName == "" {
		sizeName = plotting.DoubleColumn.Name
	}
	size, err := plotting.SizeNamed(sizeName)
	if err != nil {
		return nil, size, fmt.Errorf("nb: Show: %s: %w", FigureSizeEnv, err)
	}
	if formats == "" {
		formats = "pdf,svg,png"
	}
	exts := strings.Split(formats, ",")
	for _, e := range exts {
		if e != "pdf" && e != "svg" && e != "png" {
			return nil, size, fmt.Errorf("nb: Show: %s: format %q is not pdf, svg or png", FigureFormatsEnv, e)
		}
	}
	prefix := notebook
	if m := notebookNumber.FindStringSubmatch(notebook); m != nil {
		prefix = m[1]
	}
	if prefix != "" {
		prefix += "_"
	}
	for k := 1; ; k++ {
		stem := prefix + name
		if k > 1 {
			stem += fmt.Sprintf("-%d", k)
		}
		var paths []string
		taken := false
		for _, e := range exts {
			p := filepath.Join(dir, stem+"."+e)
			if _, err := os.Stat(p); err == nil {
				taken = true
			}
			paths = append(paths, p)
		}
		if !taken {
			return paths, size, nil
		}
	}
}
