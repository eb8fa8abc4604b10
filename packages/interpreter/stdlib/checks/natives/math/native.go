package math

// Bodies for the natives of math, for check.sh only: real Go's answers.

import std "math"

func archCeil(x float64) float64     { return std.Ceil(x) }
func archExp(x float64) float64      { return std.Exp(x) }
func archFloor(x float64) float64    { return std.Floor(x) }
func archHypot(p, q float64) float64 { return std.Hypot(p, q) }
func archLog(x float64) float64      { return std.Log(x) }
func archSqrt(x float64) float64     { return std.Sqrt(x) }
func archTrunc(x float64) float64    { return std.Trunc(x) }

func Float64bits(f float64) uint64     { return std.Float64bits(f) }
func Float64frombits(b uint64) float64 { return std.Float64frombits(b) }
func Float32bits(f float32) uint32     { return std.Float32bits(f) }
func Float32frombits(b uint32) float32 { return std.Float32frombits(b) }
