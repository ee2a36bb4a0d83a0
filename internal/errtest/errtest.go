// Package errtest holds the assertions the packages' bad-input tests share
// (DEVELOPERS.md, "The error rule"): a data problem gives an error whose
// message says what is wrong, a programmer error panics saying so.
package errtest

import (
	"fmt"
	"strings"
	"testing"
)

// Says fails t, naming the case, when err is nil or its message lacks one
// of want.
func Says(t testing.TB, name string, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", name)
		return
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: error %q does not say %q", name, err, w)
		}
	}
}

// Panics fails t, naming the case, unless f panics with a message
// starting with prefix: programmer errors panic with a message that starts
// with the package and function, e.g. "basket: Eta: ...", as gonum does.
func Panics(t testing.TB, name string, f func(), prefix string) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Errorf("%s: no panic", name)
			return
		}
		if msg := fmt.Sprint(r); !strings.HasPrefix(msg, prefix) {
			t.Errorf("%s: panic %q does not start with %q", name, msg, prefix)
		}
	}()
	f()
}
