module peers/copylock122

go 1.22
