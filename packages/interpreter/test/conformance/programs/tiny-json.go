package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var ErrUnsupported = errors.New("unsupported type")

func encode(v interface{}, sb *strings.Builder) error {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			if err := encode(e, sb); err != nil {
				return err
			}
		}
		sb.WriteByte(']')
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Quote(k) + ":")
			if err := encode(x[k], sb); err != nil {
				return fmt.Errorf("key %q: %w", k, err)
			}
		}
		sb.WriteByte('}')
	default:
		return fmt.Errorf("%w: %T", ErrUnsupported, v)
	}
	return nil
}

func Marshal(v interface{}) (string, error) {
	var sb strings.Builder
	if err := encode(v, &sb); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func main() {
	doc := map[string]interface{}{
		"name":    "gopher",
		"age":     13,
		"score":   98.6,
		"tags":    []interface{}{"go", "maps", 1, true, nil},
		"address": map[string]interface{}{"city": "Mountain \"View\"", "zip": "94043"},
		"active":  false,
		"ratio":   1e21,
		"tiny":    0.000001,
	}
	s, err := Marshal(doc)
	fmt.Println(s, err)
	doc["bad"] = map[string]interface{}{"inner": []int{1}}
	s, err = Marshal(doc)
	fmt.Printf("%q %v %v\n", s, err, errors.Is(err, ErrUnsupported))
	out, _ := Marshal([]interface{}{map[string]interface{}{}, []interface{}{}, "é\t"})
	fmt.Println(out)
}
