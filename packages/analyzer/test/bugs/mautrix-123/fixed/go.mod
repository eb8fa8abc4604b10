module example.com/mautrix-123

go 1.19
