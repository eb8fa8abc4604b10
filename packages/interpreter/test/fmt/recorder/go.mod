module mapscope/fmtrecorder

go 1.19
