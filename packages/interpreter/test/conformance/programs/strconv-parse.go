package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Age   int
	Score float64
	OK    bool
}

func parseLine(line string) (Record, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 4 {
		return Record{}, fmt.Errorf("line %q: want 4 fields, got %d", line, len(parts))
	}
	age, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return Record{}, fmt.Errorf("age: %w", err)
	}
	score, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
	if err != nil {
		return Record{}, fmt.Errorf("score: %w", err)
	}
	ok, err := strconv.ParseBool(strings.TrimSpace(parts[3]))
	if err != nil {
		return Record{}, err
	}
	return Record{strings.TrimSpace(parts[0]), age, score, ok}, nil
}

func main() {
	input := `alice, 30, 88.5, true
bob, x, 70, false
carol, 41, 9x, true
dave, 22, 1e2, T
eve, 19
frank, 99999999999999999999, 1, true
gina, -7, -0.25, 0`
	for _, line := range strings.Split(input, "\n") {
		r, err := parseLine(line)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("%+v\n", r)
	}
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("hi\t\"there\"\n"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	u, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5, 'e', 3, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	n, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(n, err)
	un, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(un, err)
	n, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(n, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	b, _ := strconv.ParseBool("FALSE")
	fmt.Println(b, strconv.FormatBool(true))
	v, err := strconv.Atoi("")
	fmt.Println(v, err)
	v, err = strconv.Atoi(" 5")
	fmt.Println(v, err)
	v, err = strconv.Atoi("+5")
	fmt.Println(v, err)
}
