// Command dump writes the benchmark inputs of package benchdata to a
// directory for the peer scripts of `make bench`.
package main

import (
	"fmt"
	"os"

	"github.com/stockbond/sbcorr/internal/benchdata"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dump DIR")
		os.Exit(2)
	}
	if err := benchdata.Write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
}
