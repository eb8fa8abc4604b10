// Start-up of a program using encoding/json and regexp (reflection-heavy std packages).
package main

import (
	"encoding/json"
	"fmt"
	"regexp"
)

type Item struct {
	Name string   `json:"name"`
	Tags []string `json:"tags"`
}

func main() {
	var items []Item
	if err := json.Unmarshal([]byte(`[{"name":"a1","tags":["x"]},{"name":"b22","tags":[]}]`), &items); err != nil {
		panic(err)
	}
	re := regexp.MustCompile(`^([a-z])(\d+)$`)
	for _, it := range items {
		fmt.Println(re.FindStringSubmatch(it.Name), len(it.Tags))
	}
	out, _ := json.Marshal(items)
	fmt.Println(string(out))
}
