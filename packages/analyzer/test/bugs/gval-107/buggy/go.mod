module example.com/gval-107

go 1.15
