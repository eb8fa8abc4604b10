module example.com/moreleaks

go 1.21
