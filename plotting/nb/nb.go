// Package nb is the only sbcorr package that imports GoNB's gonbui: it
// displays charts, tables and "source vs ours" checks inside a GoNB
// notebook, and keeps the notebook's scoreboard of check rows across cells
// (Check, Scoreboard). Every function is a no-op for display outside a notebook (gonbui
// sends nothing unless GONB_PIPE is set), so code using it runs anywhere.
// Charts fill the cell (Show; see plotting.NotebookZoom); Export writes a
// chart to a file at a size preset, and under `make figures` every chart
// shown is also written to the figures folder (see FiguresEnv).
package nb

import (
	"github.com/janpfeifer/gonb/gonbui"
)

// Every display waits until GoNB has taken it (syncDisplays, a no-op
// outside a notebook).

// HTML displays an HTML fragment.
func HTML(html string) { gonbui.DisplayHTML(html); syncDisplays() }

// Markdown displays Markdown; LaTeX between $...$ is rendered by Jupyter.
func Markdown(md string) { gonbui.DisplayMarkdown(md); syncDisplays() }

// SVG displays an SVG document inline (wrapped in HTML so that HTML exports
// keep the drawing).
func SVG(svg []byte) { gonbui.DisplaySVG(string(svg)); syncDisplays() }
