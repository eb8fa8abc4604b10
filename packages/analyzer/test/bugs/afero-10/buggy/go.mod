module example.com/afero-10

go 1.4
