module example.com/cockroach-35501

go 1.11
