module mapscope.local/mapbench

go 1.19
