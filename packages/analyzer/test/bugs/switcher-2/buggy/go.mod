module example.com/switcher-2

go 1.4
