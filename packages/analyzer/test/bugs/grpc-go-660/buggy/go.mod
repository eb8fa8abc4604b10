module example.com/grpc-go-660

go 1.6
