module example.com/fluxcd-pkg-868

go 1.23
