// The three programs again, fixed the way the findings suggest.
package main

import (
	"fmt"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	return counts
}

func indexUsers(users []User) map[string]*User {
	byName := make(map[string]*User)
	for _, u := range users {
		u := u
		byName[u.Name] = &u
	}
	return byName
}

func main() {
	fmt.Println(countWords("the map is the nil map"))

	byName := indexUsers([]User{{"ana", 31}, {"bo", 25}, {"cy", 47}})
	for _, name := range []string{"ana", "bo", "cy"} {
		fmt.Printf("%s -> %s (%d)\n", name, byName[name].Name, byName[name].Age)
	}

	inbox := map[string]chan string{"ana": make(chan string, 1)}
	deliver := func(to, msg string) {
		ch, ok := inbox[to]
		if !ok {
			fmt.Println("no inbox for", to)
			return
		}
		ch <- msg
	}
	deliver("ana", "hi ana")
	fmt.Println(<-inbox["ana"])
	deliver("bo", "hi bo")
}
