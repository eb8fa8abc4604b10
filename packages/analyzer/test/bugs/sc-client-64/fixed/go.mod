module example.com/sc-client-64

go 1.13
