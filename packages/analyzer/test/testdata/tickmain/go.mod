module example.com/tickmain

go 1.21
