module example.com/gouroboros-210

go 1.18
