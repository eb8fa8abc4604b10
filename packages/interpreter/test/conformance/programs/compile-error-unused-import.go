// Does not compile: imported packages that are not used.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("hi")
}
