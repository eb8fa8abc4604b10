package math

// Implemented in src/stdlib/natives/math.ts with JavaScript's Math, whose
// results are Go's: exact for Sqrt, Floor, Ceil and Trunc; for Exp, Log and
// Hypot Go's amd64 assembly and JavaScript can differ in the last bit
// (packages/interpreter/stdlib/README.md).

func archCeil(x float64) float64

func archExp(x float64) float64

func archFloor(x float64) float64

func archHypot(p, q float64) float64

func archLog(x float64) float64

func archSqrt(x float64) float64

func archTrunc(x float64) float64

// Float64bits returns the IEEE 754 binary representation of f, with the sign
// bit of f and the result in the same bit position.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the IEEE
// 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the IEEE
// 754 binary representation b.
func Float32frombits(b uint32) float32
