package main

import (
	"fmt"
	"strings"
	"sync"
)

type notice struct {
	user    string
	text    string
	profile map[string]string
}

// loadProfile stands in for one database round trip per user.
func loadProfile(user string) map[string]string {
	return map[string]string{"user": user, "locale": "en", "channel": "email"}
}

// hydrate fetches each user's profile once and gives every notice addressed
// to that user its own copy of it.
func hydrate(batch []*notice) {
	waiting := make(map[string][]*notice)
	for _, n := range batch {
		waiting[n.user] = append(waiting[n.user], n)
	}
	for user, list := range waiting {
		prof := loadProfile(user)
		if len(list) == 1 {
			list[0].profile = prof
			continue
		}
		for _, n := range list {
			own := make(map[string]string, len(prof))
			for k, v := range prof {
				own[k] = v
			}
			n.profile = own
		}
	}
}

func deliver(n *notice, worker int) string {
	n.profile["sent_by"] = fmt.Sprint("worker-", worker)
	return strings.ToUpper(n.profile["channel"]) + ": " + n.text
}

func main() {
	var batch []*notice
	for i := 0; i < 2000; i++ {
		batch = append(batch, &notice{user: fmt.Sprintf("u%d", i%10), text: fmt.Sprintf("event %d", i)})
	}
	hydrate(batch)

	queue := make(chan *notice)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := range queue {
				_ = deliver(n, w)
			}
		}(w)
	}
	for _, n := range batch {
		queue <- n
	}
	close(queue)
	wg.Wait()
	fmt.Println("delivered", len(batch), "notices")
}
