module example.com/caddy-geoip-4

go 1.10
