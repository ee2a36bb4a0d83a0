// Package must holds the programmer-error check that several packages
// share (DEVELOPERS.md, "The error rule"): a nil argument where a value is
// required panics with a message that starts with the package and function,
// e.g. "basket: New: corr is nil", instead of a nil pointer dereference deep
// inside the computation.
package must

import (
	"fmt"
	"reflect"
)

// NotNil panics with "fn: name is nil" when v is nil, or an interface
// holding a nil pointer, map, slice, function or channel (a nil
// *mat.SymDense passed as a mat.Symmetric, say). fn is the prefix of the
// message, "pkg: Func".
func NotNil(fn, name string, v any) {
	if isNil(v) {
		panic(fmt.Sprintf("%s: %s is nil", fn, name))
	}
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch r := reflect.ValueOf(v); r.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return r.IsNil()
	}
	return false
}
