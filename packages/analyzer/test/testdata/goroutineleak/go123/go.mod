module example.com/goroutineleak/go123

go 1.23
