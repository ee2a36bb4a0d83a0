package inputs

import (
	"path"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// File is one file of the data folder read through its catalogue entry:
// the entry (name, publisher, licence, URL, ...) and its main column
// (datasets.LoadSeries), whose Prov[0] holds the file's sha256, rows and
// date range.
type File struct {
	datasets.Entry
	Main series.Series
}

// Folder returns the file's folder in the data layout, e.g. "fred_daily"
// for fred_daily/DGS10.csv.
func (f File) Folder() string { return path.Dir(f.Path) }

// Files reads the main column of every entry of datasets.Catalogue(), in
// catalogue order: the provenance of the whole data folder. It reads every
// file (about 60, a few seconds). It returns the first error, wrapping
// datasets.ErrNoData when the data folder is missing.
func Files() ([]File, error) {
	var out []File
	for _, e := range datasets.Catalogue() {
		s, err := datasets.LoadSeries("", e.Name)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Entry: e, Main: s})
	}
	return out, nil
}

// Folder is the files of one folder of the data layout.
type Folder struct {
	Name  string // e.g. "fred_daily"
	Files []File
}

// Main returns the main columns of the folder's files, in order: the
// series whose coverage the folder has (series.Coverage).
func (f Folder) Main() []series.Series {
	out := make([]series.Series, len(f.Files))
	for i, x := range f.Files {
		out[i] = x.Main
	}
	return out
}

// Folders groups files by folder, folders in order of first appearance
// and files in their order.
func Folders(files []File) []Folder {
	var out []Folder
	at := map[string]int{}
	for _, f := range files {
		k, ok := at[f.Folder()]
		if !ok {
			k, at[f.Folder()] = len(out), len(out)
			out = append(out, Folder{Name: f.Folder()})
		}
		out[k].Files = append(out[k].Files, f)
	}
	return out
}
