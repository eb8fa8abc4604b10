module example.com/gtm-8

go 1.8
