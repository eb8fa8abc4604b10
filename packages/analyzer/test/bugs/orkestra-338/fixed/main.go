package main

import (
	"fmt"
	"os"

	"example.com/orkestra-338/prefs"
)

// enforcePolicy overrides the settings an administrator has locked.
func enforcePolicy(p *prefs.Profile, locked map[string]interface{}) error {
	s := p.Settings()
	for key, forced := range locked {
		s[key] = forced
	}
	return p.Save(s)
}

func main() {
	locked := map[string]interface{}{"telemetry": false, "auto_update": true}
	users := []*prefs.Profile{
		{User: "ada", Doc: []byte(`{"theme":"dark","telemetry":true}`)},
		{User: "brook"}, // has never opened the settings page
	}
	for _, p := range users {
		if err := enforcePolicy(p, locked); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s: %s\n", p.User, p.Doc)
	}
}
