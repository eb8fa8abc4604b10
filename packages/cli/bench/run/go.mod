module mapscope.dev/bench/run

// The language version of the native toolchain the benchmark compares with (Debian's Go
// 1.19); mapscope run reads it too.
go 1.19
