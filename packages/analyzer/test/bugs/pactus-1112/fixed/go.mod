module example.com/pactus-1112

go 1.21
