module example.com/metr-2

go 1.12
