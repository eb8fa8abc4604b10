// Indexing users by name, keeping a pointer to each one.
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	users := []User{{"ana", 31}, {"bo", 25}, {"cy", 47}}
	byName := make(map[string]*User)
	for _, u := range users {
		byName[u.Name] = &u
	}
	for _, name := range []string{"ana", "bo", "cy"} {
		fmt.Printf("%s -> %s (%d)\n", name, byName[name].Name, byName[name].Age)
	}
}
