package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Slow lookups that the page builder runs in parallel.
func avatarURL(user string) string {
	time.Sleep(50 * time.Microsecond)
	return "https://cdn.test/a/" + user + ".png"
}

func friendsOf(user string) []string {
	time.Sleep(50 * time.Microsecond)
	return []string{"kim", "lee", "ola", user + "-alt"}
}

// profilePage assembles the fields of a user's profile page. Two lookups
// run on their own goroutines; the rest is filled in directly.
func profilePage(user string) map[string]interface{} {
	page := make(map[string]interface{})
	var pageMu sync.Mutex
	var wg sync.WaitGroup

	wg.Add(2)
	go func() {
		defer wg.Done()
		url := avatarURL(user)
		pageMu.Lock()
		page["avatar"] = url
		pageMu.Unlock()
	}()
	go func() {
		defer wg.Done()
		friends := friendsOf(user)
		pageMu.Lock()
		defer pageMu.Unlock()
		page["friend_count"] = len(friends)
		page["top_friend"] = friends[0]
	}()

	pageMu.Lock()
	page["handle"] = "@" + user
	page["display_name"] = strings.ToUpper(user[:1]) + user[1:]
	page["member_since"] = 2019
	pageMu.Unlock()

	wg.Wait()
	return page
}

func main() {
	fields := 0
	for i := 0; i < 150; i++ {
		fields += len(profilePage(fmt.Sprintf("user%d", i)))
	}
	fmt.Println("fields built:", fields)
}
