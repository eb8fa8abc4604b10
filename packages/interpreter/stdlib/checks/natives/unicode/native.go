package unicode

// Bodies for the natives of unicode, for check.sh only: real Go's answers.

import std "unicode"

func IsLetter(r rune) bool   { return std.IsLetter(r) }
func IsUpper(r rune) bool    { return std.IsUpper(r) }
func IsLower(r rune) bool    { return std.IsLower(r) }
func IsTitle(r rune) bool    { return std.IsTitle(r) }
func IsDigit(r rune) bool    { return std.IsDigit(r) }
func IsNumber(r rune) bool   { return std.IsNumber(r) }
func IsSpace(r rune) bool    { return std.IsSpace(r) }
func IsPunct(r rune) bool    { return std.IsPunct(r) }
func IsPrint(r rune) bool    { return std.IsPrint(r) }
func IsGraphic(r rune) bool  { return std.IsGraphic(r) }
func IsMark(r rune) bool     { return std.IsMark(r) }
func IsSymbol(r rune) bool   { return std.IsSymbol(r) }
func ToUpper(r rune) rune    { return std.ToUpper(r) }
func ToLower(r rune) rune    { return std.ToLower(r) }
func ToTitle(r rune) rune    { return std.ToTitle(r) }
func SimpleFold(r rune) rune { return std.SimpleFold(r) }
