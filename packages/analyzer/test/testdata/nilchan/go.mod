module example.com/nilchan

go 1.21
