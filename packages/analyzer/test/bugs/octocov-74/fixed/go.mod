module example.com/octocov-74

go 1.16
