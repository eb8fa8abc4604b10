module example.com/moby-25384

go 1.6
