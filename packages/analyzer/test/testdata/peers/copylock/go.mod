module peers/copylock

go 1.19
