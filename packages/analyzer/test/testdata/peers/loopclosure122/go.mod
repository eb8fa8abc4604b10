module peers/loopclosure122

go 1.22
