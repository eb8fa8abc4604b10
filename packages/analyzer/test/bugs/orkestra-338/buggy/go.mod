module example.com/orkestra-338

go 1.15
