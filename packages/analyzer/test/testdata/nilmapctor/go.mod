module example.com/nilmapctor

go 1.21
