module example.com/gotestwaf-154

go 1.19
