module peers/sa2000

go 1.21
