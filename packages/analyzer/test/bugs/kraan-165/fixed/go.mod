module example.com/kraan-165

go 1.14
