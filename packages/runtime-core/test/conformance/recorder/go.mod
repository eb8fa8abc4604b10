module mapscope.local/recorder

go 1.19
