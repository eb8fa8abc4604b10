module example.com/go-utils-36

go 1.5
