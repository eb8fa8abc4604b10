module example.com/concurrentmap

go 1.21
