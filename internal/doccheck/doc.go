// Package doccheck holds no code: its test walks every non-test Go file of
// the module (skipping testdata, vendor, directories starting with "." or
// "_" and nested modules, as the go command does) and fails, listing them,
// if an exported identifier has no doc comment or one that does not start
// with its name. The rules are golint's: a function, a method on an
// exported type (except the common methods Error, Read, ServeHTTP, String,
// Unwrap, Write, and Len, Less, Swap on a sortable type), a type, or an
// exported const or var needs a doc comment; a comment on a grouped type,
// const or var block covers every name in it (a type's must still start
// with its name, optionally after "A", "An" or "The"; a parenthesised const
// or var block's may say anything); trailing line comments do not count.
package doccheck
