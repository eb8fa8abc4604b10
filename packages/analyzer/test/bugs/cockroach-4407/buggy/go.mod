module example.com/cockroach-4407

go 1.5
