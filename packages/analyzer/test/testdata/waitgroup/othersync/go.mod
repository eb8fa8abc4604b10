module example.com/othersync

go 1.21
