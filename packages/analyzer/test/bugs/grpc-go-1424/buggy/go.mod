module example.com/grpc-go-1424

go 1.8
