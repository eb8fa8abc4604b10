module example.com/raceslib

go 1.22
