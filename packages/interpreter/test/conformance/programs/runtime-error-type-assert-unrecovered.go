// Unrecovered failing type assertion: "interface conversion: interface {} is string, not int".
package main

import "fmt"

func main() {
	vals := map[string]interface{}{"n": 1, "s": "one"}
	fmt.Println(vals["n"].(int) + 1)
	fmt.Println(vals["s"].(int) + 1)
}
