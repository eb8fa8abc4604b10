module example.com/motion-149

go 1.20
