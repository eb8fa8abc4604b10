package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key    string
	Reason string
}

func (e *ConfigError) Error() string { return "config " + e.Key + ": " + e.Reason }

var required = []string{"host", "port", "user"}

func mustLoad(cfg map[string]string) map[string]string {
	for _, k := range required {
		if _, ok := cfg[k]; !ok {
			panic(&ConfigError{Key: k, Reason: "missing"})
		}
	}
	return cfg
}

func load(cfg map[string]string) (out map[string]string, err error) {
	defer func() {
		if r := recover(); r != nil {
			var ce *ConfigError
			if e, ok := r.(error); ok && errors.As(e, &ce) {
				err = fmt.Errorf("load: %w", ce)
				return
			}
			panic(r)
		}
	}()
	return mustLoad(cfg), nil
}

func main() {
	good := map[string]string{"host": "localhost", "port": "5432", "user": "admin"}
	c, err := load(good)
	fmt.Println(len(c), err)
	bad := map[string]string{"host": "x"}
	c, err = load(bad)
	fmt.Println(c == nil, err)
	var ce *ConfigError
	fmt.Println(errors.As(err, &ce), ce.Key)
	fmt.Println(mustLoad(good)["user"])
	mustLoad(map[string]string{"host": "h", "port": "1"})
}
