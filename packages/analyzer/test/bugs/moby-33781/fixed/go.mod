module example.com/moby-33781

go 1.8
