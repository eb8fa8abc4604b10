// Package prefs stores per-user preferences as an optional JSON document.
package prefs

import "encoding/json"

// Profile is one user's stored preferences.
type Profile struct {
	User string
	Doc  []byte // JSON object; nil when the user never saved anything
}

// Settings decodes the stored document.
func (p *Profile) Settings() map[string]interface{} {
	var settings map[string]interface{}
	if len(p.Doc) > 0 {
		_ = json.Unmarshal(p.Doc, &settings)
	}
	return settings
}

// Save encodes s back into the profile.
func (p *Profile) Save(s map[string]interface{}) error {
	doc, err := json.Marshal(s)
	if err != nil {
		return err
	}
	p.Doc = doc
	return nil
}
