module example.com/ttlmap-4

go 1.21
