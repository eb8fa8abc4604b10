module example.com/go-health-35

go 1.9
