module example.com/stats-19

go 1.6
