module peers/sa5000

go 1.21
