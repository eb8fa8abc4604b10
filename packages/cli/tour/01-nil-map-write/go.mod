module example.com/tour/nilmap

go 1.19
