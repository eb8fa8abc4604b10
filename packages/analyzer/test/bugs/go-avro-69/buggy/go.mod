module example.com/go-avro-69

go 1.5
