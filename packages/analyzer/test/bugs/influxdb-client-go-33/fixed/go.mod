module example.com/influxdb-client-go-33

go 1.12
