module peers/loopclosure

go 1.21

require golang.org/x/sync v0.0.0

// A stand-in for golang.org/x/sync (not in the module cache here), so that go vet's
// loopclosure, which matches errgroup by import path, sees these g.Go calls too.
replace golang.org/x/sync => ./xsync
