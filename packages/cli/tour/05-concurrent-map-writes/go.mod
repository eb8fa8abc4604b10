module example.com/tour/concurrent

go 1.21
