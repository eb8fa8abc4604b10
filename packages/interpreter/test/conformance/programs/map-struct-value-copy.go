// Classic mistake: a struct read from a map is a copy; changing it does not change the map.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	Tags    []string
}

func main() {
	accounts := map[string]Account{
		"a1": {Owner: "ann", Balance: 100, Tags: []string{"new"}},
	}
	acc := accounts["a1"]
	acc.Balance += 50
	acc.Owner = "ANN"
	fmt.Printf("%+v\n", accounts["a1"])
	fmt.Printf("%+v\n", acc)
	acc.Tags[0] = "changed"
	fmt.Println(accounts["a1"].Tags)
	for k, v := range accounts {
		v.Balance = 0
		_ = k
	}
	fmt.Println(accounts["a1"].Balance)
	accounts["a1"] = acc
	fmt.Printf("%+v\n", accounts["a1"])
	fmt.Println(accounts["a1"].Balance, len(accounts["a1"].Owner))
	missing := accounts["zzz"]
	missing.Balance = 7
	fmt.Println(len(accounts), missing)
	arrMap := map[int][3]int{1: {1, 2, 3}}
	a := arrMap[1]
	a[0] = 9
	fmt.Println(arrMap[1], a)
}
