module example.com/tour/loopvar

go 1.21
