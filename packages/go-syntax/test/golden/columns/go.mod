module example.com/columns

go 1.19
