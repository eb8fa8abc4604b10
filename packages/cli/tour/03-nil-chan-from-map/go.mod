module example.com/tour/nilchan

go 1.19
