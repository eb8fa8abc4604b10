module example.com/godet-20

go 1.8
