module example.com/goresilience-30

go 1.16
