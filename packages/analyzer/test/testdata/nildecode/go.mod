module example.com/nildecode

go 1.21
