package loopclosure

// elsewhere is declared apart from the loop that assigns it (a.go's outerVariables).
var elsewhere int
