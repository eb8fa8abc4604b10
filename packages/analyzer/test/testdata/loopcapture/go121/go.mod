module example.com/loopcapture

go 1.21
