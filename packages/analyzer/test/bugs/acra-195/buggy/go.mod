module example.com/acra-195

go 1.10
