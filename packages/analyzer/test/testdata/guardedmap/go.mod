module example.com/guardedmap

go 1.21
