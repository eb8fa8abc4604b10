// os.Args, os.Getenv, LookupEnv, Setenv, Unsetenv, Environ.
// Run with arguments "one" "two words" and MAPSCOPE_TEST=hello in the environment.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), os.Args[0] != "", os.Args[1:])
	fmt.Printf("%q\n", os.Getenv("MAPSCOPE_TEST"))
	v, ok := os.LookupEnv("MAPSCOPE_TEST")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("MAPSCOPE_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("MAPSCOPE_NEW", "x=y"), os.Getenv("MAPSCOPE_NEW"))
	fmt.Println(os.Setenv("", "v"), os.Setenv("A=B", "v"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "MAPSCOPE_NEW=x=y" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("MAPSCOPE_NEW"), os.Getenv("MAPSCOPE_NEW") == "")
	fmt.Println(strings.HasPrefix(os.Stdin.Name(), "/dev/"))
	var f *os.File
	_, err := f.Write(nil)
	fmt.Println(err)
	defer fmt.Println("deferred, not run")
	os.Exit(4)
}
