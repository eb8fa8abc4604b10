module example.com/coyim-431

go 1.8
