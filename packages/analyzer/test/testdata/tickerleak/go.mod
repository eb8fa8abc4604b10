module example.com/tickerleak

go 1.21
