module example.com/krakend-ratelimit-5

go 1.12
