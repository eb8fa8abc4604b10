module looper

go 1.19
