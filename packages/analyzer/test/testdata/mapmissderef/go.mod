module example.com/mapmissderef

go 1.19
