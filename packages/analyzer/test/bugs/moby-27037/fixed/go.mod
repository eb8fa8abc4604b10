module example.com/moby-27037

go 1.7
