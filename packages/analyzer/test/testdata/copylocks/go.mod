module example.com/copylocks

go 1.19
