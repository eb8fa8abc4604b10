module example.com/kingshard-465

go 1.10
