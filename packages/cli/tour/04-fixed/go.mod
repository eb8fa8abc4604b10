module example.com/tour/fixed

go 1.21
