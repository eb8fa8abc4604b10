module example.com/grouped-process-exporter-7

go 1.12
