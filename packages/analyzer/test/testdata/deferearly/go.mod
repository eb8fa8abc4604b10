module example.com/deferearly

go 1.19
