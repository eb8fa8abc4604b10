module example.com/tsig-18

go 1.13
